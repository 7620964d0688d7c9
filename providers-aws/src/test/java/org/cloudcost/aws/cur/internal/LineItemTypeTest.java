package org.cloudcost.aws.cur.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** FORMATS.md §1's LineItemType → ChargeCategory table, and what it leaves open. */
class LineItemTypeTest {

    static String category(String type, double billed) {
        return LineItemType.of(type).chargeCategory(billed);
    }

    @Test
    void theTableOfFormatsMd() {
        for (String usage : new String[] {"Usage", "DiscountedUsage", "SavingsPlanCoveredUsage"}) {
            assertThat(category(usage, 1)).as(usage).isEqualTo("Usage");
        }
        for (String credit : new String[] {"SavingsPlanNegation", "Credit", "Refund"}) {
            assertThat(category(credit, -1)).as(credit).isEqualTo("Credit");
        }
        assertThat(category("Tax", 1)).isEqualTo("Tax");
        for (String purchase : new String[] {"RIFee", "SavingsPlanRecurringFee", "SavingsPlanUpfrontFee", "Fee"}) {
            assertThat(category(purchase, 1)).as(purchase).isEqualTo("Purchase");
        }
    }

    @Test
    void casingBlanksDiscountsAndUnknownTypes() {
        assertThat(LineItemType.of(" savingsplannegation ")).isEqualTo(LineItemType.SAVINGS_PLAN_NEGATION);
        assertThat(category("EdpDiscount", -1)).isEqualTo("Usage");
        assertThat(category("PrivateRateDiscount", -1)).isEqualTo("Usage");
        assertThat(category("BundledDiscount", -1)).isEqualTo("Usage");
        assertThat(category("SomeFutureType", -2)).isEqualTo("Credit");
        assertThat(category("SomeFutureType", 2)).isEqualTo("Usage");
    }
}
