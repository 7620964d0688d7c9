package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad values and missing columns: one line naming the file, the line and the column. */
class BadCurTest {
    static final String HEADER = "identity/LineItemId,lineItem/LineItemType,lineItem/UsageStartDate,lineItem/ProductCode,"
            + "lineItem/CurrencyCode,lineItem/UnblendedCost,savingsPlan/SavingsPlanEffectiveCost\n";
    static final String GOOD = "li1,Usage,2026-10-01T00:00:00Z,AmazonEC2,USD,1.00,\n";
    static final String CUR2_HEADER = "line_item_line_item_type,line_item_usage_start_date,line_item_product_code,"
            + "line_item_currency_code,line_item_unblended_cost,product,resource_tags\n";

    @TempDir
    Path tmp;

    Path file(String name, String text) {
        return CurFixtures.write(tmp, name, text);
    }

    static InputException readFails(Path f) {
        InputException e = catchThrowableOfType(InputException.class, () -> CostDataset.read().billing(f).load());
        assertThat(e).as("expected an InputException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(f.toString());
        return e;
    }

    @Test
    void aMalformedAmountNamesFileLineAndColumn() {
        Path f = file("cur.csv", HEADER + GOOD + "li2,Usage,2026-10-01T00:00:00Z,AmazonEC2,USD,12.3.4,\n");
        assertThat(readFails(f).getMessage())
                .isEqualTo(f + ":3:6 (lineItem/UnblendedCost): expected a decimal number, found \"12.3.4\"");
    }

    @Test
    void aMalformedAmountInACostColumnTheRuleReads() {
        Path f = file("sp.csv", HEADER + "li1,SavingsPlanCoveredUsage,2026-10-01T00:00:00Z,AmazonEC2,USD,1.00,n/a\n");
        assertThat(readFails(f).getMessage())
                .isEqualTo(f + ":2:7 (savingsPlan/SavingsPlanEffectiveCost): expected a decimal number, found \"n/a\"");
    }

    @Test
    void anEmptyAmountOrTypeOrCurrencyOrABadDate() {
        Path amount = file("amount.csv", HEADER + "li1,Usage,2026-10-01T00:00:00Z,AmazonEC2,USD,,\n");
        assertThat(readFails(amount).getMessage())
                .isEqualTo(amount + ":2:6 (lineItem/UnblendedCost): expected a decimal number, found an empty value");
        Path type = file("type.csv", HEADER + GOOD + GOOD + "li3,,2026-10-01T00:00:00Z,AmazonEC2,USD,1.00,\n");
        assertThat(readFails(type).getMessage()).startsWith(type + ":4:2 (lineItem/LineItemType): expected a line item type");
        Path currency = file("currency.csv", HEADER + "li1,Usage,2026-10-01T00:00:00Z,AmazonEC2,,1.00,\n");
        assertThat(readFails(currency).getMessage())
                .isEqualTo(currency + ":2:5 (lineItem/CurrencyCode): expected an ISO 4217 currency code (e.g. USD), found an empty value");
        Path date = file("date.csv", HEADER + "li1,Usage,10/01/2026,AmazonEC2,USD,1.00,\n");
        assertThat(readFails(date).getMessage()).startsWith(date + ":2:3 (lineItem/UsageStartDate): expected a timestamp");
    }

    @Test
    void aMapColumnThatIsNotJson() {
        Path tags = file("tags.csv", CUR2_HEADER + "Usage,2026-10-01T00:00:00Z,AmazonEC2,USD,1.00,{},env=prod\n");
        assertThat(readFails(tags).getMessage()).startsWith(tags + ":2:7 (resource_tags): expected a JSON object such as"
                + " {\"user_env\":\"prod\",\"user_team\":\"web\"}: Unrecognized token 'env'");
        Path array = file("array.csv", CUR2_HEADER + "Usage,2026-10-01T00:00:00Z,AmazonEC2,USD,1.00,{},\"[\"\"prod\"\"]\"\n");
        assertThat(readFails(array).getMessage()).isEqualTo(array + ":2:7 (resource_tags): expected a JSON object such as"
                + " {\"user_env\":\"prod\",\"user_team\":\"web\"}");
        Path product = file("product.csv", CUR2_HEADER + "Usage,2026-10-01T00:00:00Z,AmazonEC2,USD,1.00,\"{\"\"region\"\":\",\n");
        assertThat(readFails(product).getMessage()).startsWith(product + ":2:6 (product): expected a JSON object such as");
    }

    @Test
    void aForcedReportWithoutItsMandatoryColumns() {
        Path noCost = file("nocost.csv", "lineItem/LineItemType,lineItem/UsageStartDate,lineItem/CurrencyCode,lineItem/ProductCode\n"
                + "Usage,2026-10-01T00:00:00Z,USD,AmazonEC2\n");
        InputException e = catchThrowableOfType(InputException.class,
                () -> CostDataset.read().billingFormat(CurCsvFormat.ID).billing(noCost).load());
        assertThat(e.getMessage()).startsWith(noCost + ":1: missing mandatory column \"lineItem/UnblendedCost\"");

        Path detected = file("detected.csv", "lineItem/LineItemType,lineItem/UsageStartDate,lineItem/UnblendedCost,lineItem/ProductCode\n"
                + "Usage,2026-10-01T00:00:00Z,1.00,AmazonEC2\n");   // still a CUR by its header, told what it lacks
        assertThat(readFails(detected).getMessage()).startsWith(detected + ":1: missing mandatory column \"lineItem/CurrencyCode\"");

        Path cur2 = file("cur2.csv", "line_item_line_item_type,line_item_unblended_cost,line_item_currency_code\nUsage,1.00,USD\n");
        assertThat(readFails(cur2).getMessage()).startsWith(cur2 + ":1: missing mandatory column \"line_item_usage_start_date\"");
    }
}
