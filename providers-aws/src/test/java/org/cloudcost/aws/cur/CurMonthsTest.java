package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.aws.cur.CurFixtures.row;
import static org.cloudcost.aws.cur.CurFixtures.unattributed;

import java.time.LocalDate;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * A second month whose report has another column set: net columns, no tag, product-name,
 * instance-type or billing-period columns, an unknown column, headers in other casings
 * ({@code LINEITEM/LINEITEMTYPE}, {@code reservation/ReservationArn}), columns in another order.
 */
class CurMonthsTest {
    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @Test
    void aMonthWithAnotherColumnSetIsReadWithItsMissingColumnsEmpty() {
        CostDataset ds = CostDataset.read().billing(CurFixtures.NOVEMBER).load();
        assertThat(ds.readReport().files().get(0).format()).isEqualTo("aws-cur");
        var spend = ds.spend();
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("158.304");   // 2.304 + 50 + 100 + 1 + 5
        assertThat(spend.billingPeriod()).isEqualTo("2026-11");                 // from the charge days: no bill/ column
        assertThat(spend.reconciliation().reconciled()).isTrue();

        Table t = ds.billing().table();
        Row web = row(t, "i-0aaa1111", NOV_1, "Usage");
        assertThat(web.getString(BillingFrame.SERVICE_NAME)).isEqualTo("AmazonEC2");   // no product/ProductName: the code
        assertThat(web.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Compute");
        assertThat(web.getString(BillingFrame.SKU_ID)).isEmpty();
        assertThat(web.getString(BillingFrame.RESOURCE_TYPE)).isEqualTo("instance");
        assertThat(web.getString("env")).isEmpty();
        assertThat(web.getDouble(BillingFrame.LIST_COST)).isZero();
        assertThat(web.getString(BillingFrame.BILLING_ACCOUNT_ID)).isEqualTo(CurFixtures.PAYER);
    }

    @Test
    void netUnblendedCostIsTheEffectiveCostWhereTheReportHasIt() {
        var spend = CostDataset.read().billing(CurFixtures.NOVEMBER).load().spend();
        // 2.0736 (net) + 0 (RI upfront Fee, ReservationArn in another casing) + 100 (support Fee, net)
        // + 1.00 (net empty: unblended) + 5.00 (tax, net)
        assertThat(spend.totalEffectiveCost()).isEqualByComparingTo("108.0736");
        assertThat(spend.byChargeCategory().get("Purchase")).isEqualByComparingTo("150");

        Table t = CostDataset.read().billing(CurFixtures.NOVEMBER).load().billing().table();
        assertThat(row(t, "i-0aaa1111", NOV_1, "Usage").getDouble(BillingFrame.EFFECTIVE_COST)).isEqualTo(2.0736);
        assertThat(unattributed(t, "AWSSupportBusiness", NOV_1, "Purchase").getDouble(BillingFrame.EFFECTIVE_COST))
                .isEqualTo(100.0);
        assertThat(unattributed(t, "AmazonEC2", NOV_1, "Purchase").getDouble(BillingFrame.EFFECTIVE_COST)).isZero();
        assertThat(row(t, "retail-assets", LocalDate.of(2026, 11, 2), "Usage").getDouble(BillingFrame.EFFECTIVE_COST))
                .isEqualTo(1.0);
    }

    @Test
    void twoMonthsOfDifferentShapeLoadIntoOneFrame() {
        CostDataset ds = CostDataset.read().billing(CurFixtures.OCTOBER, CurFixtures.NOVEMBER).load();
        var spend = ds.spend();
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("915.8783");   // 757.5743 + 158.304
        assertThat(spend.billingPeriods()).containsExactly("2026-10", "2026-11");
        assertThat(ds.readReport().sourceBilledCost().get("USD")).isEqualByComparingTo("915.8783");
        assertThat(spend.reconciliation().reconciled()).isTrue();
        assertThat(ds.readReport().files()).extracting(f -> f.format() + " " + f.dataLines())
                .containsExactly("aws-cur 18", "aws-cur 5");

        Table t = ds.billing().table();
        assertThat(row(t, "i-0aaa1111", LegacyCurTest.OCT_1, "Usage").getString("env")).isEqualTo("prod");
        assertThat(row(t, "i-0aaa1111", NOV_1, "Usage").getString("env")).isEmpty();
    }
}
