package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingFormats;
import org.cloudcost.core.format.CsvHeader;
import org.junit.jupiter.api.Test;

/** Both formats are found through the registry and claim CUR headers, in any casing, and nothing else. */
class CurFormatsTest {
    static final String LEGACY = "identity/LineItemId,bill/PayerAccountId,lineItem/UsageAccountId,lineItem/LineItemType,"
            + "lineItem/UsageStartDate,lineItem/ProductCode,lineItem/CurrencyCode,lineItem/UnblendedCost";
    static final String CUR2 = "identity_line_item_id,bill_payer_account_id,line_item_usage_account_id,line_item_line_item_type,"
            + "line_item_usage_start_date,line_item_product_code,line_item_currency_code,line_item_unblended_cost,product,resource_tags";
    static final String FOCUS = "BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName,ResourceId";

    static CsvHeader header(String line) {
        return new CsvHeader("cur.csv", Arrays.asList(line.split(",")));
    }

    static String detected(String line) {
        return BillingFormats.detect(header(line)).map(BillingFormat::id).orElse("none");
    }

    @Test
    void registeredBesideFocusAndFoundById() {
        assertThat(BillingFormats.available()).extracting(BillingFormat::id).contains("aws-cur", "aws-cur2", "focus");
        assertThat(BillingFormats.byId("AWS-CUR")).get().isInstanceOf(CurCsvFormat.class);
        assertThat(BillingFormats.byId("aws-cur2")).get().isInstanceOf(Cur2CsvFormat.class);
        assertThat(BillingFormats.describeAll()).contains("aws-cur (AWS Cost and Usage Report, legacy CSV",
                "aws-cur2 (AWS CUR 2.0 (Data Exports) CSV");
    }

    @Test
    void recognisesLegacyAndCur2HeadersInAnyCasing() {
        for (String h : List.of(LEGACY, LEGACY.toLowerCase(), LEGACY.toUpperCase())) {
            assertThat(detected(h)).as(h).isEqualTo("aws-cur");
        }
        for (String h : List.of(CUR2, CUR2.toUpperCase())) {
            assertThat(detected(h)).as(h).isEqualTo("aws-cur2");
        }
        assertThat(detected("lineItem/LineItemType,lineItem/UnblendedCost,lineItem/UsageStartDate")).isEqualTo("aws-cur");
    }

    @Test
    void otherHeadersAreNotClaimed() {
        assertThat(detected(FOCUS)).isEqualTo("focus");
        assertThat(new CurCsvFormat().matches(header(CUR2))).isFalse();
        assertThat(new Cur2CsvFormat().matches(header(LEGACY))).isFalse();
        assertThat(new CurCsvFormat().matches(header(FOCUS))).isFalse();
        assertThat(new Cur2CsvFormat().matches(header(FOCUS))).isFalse();
        assertThat(new CurCsvFormat().matches(header("lineItem/UnblendedCost,lineItem/Operation,Notes"))).isFalse();
        assertThat(new Cur2CsvFormat().matches(header("Voucher,Day,Amount"))).isFalse();
    }
}
