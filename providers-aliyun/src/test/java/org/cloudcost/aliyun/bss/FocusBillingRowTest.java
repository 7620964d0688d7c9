package org.cloudcost.aliyun.bss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyDataItems;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;
import org.junit.jupiter.api.Test;

class FocusBillingRowTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate ASKED = LocalDate.of(2026, 10, 31);

    private static Map<String, String> row(DescribeInstanceBillResponseBodyDataItems item, String account) {
        String[] cells = FocusBillingRow.of(BillLine.ofModel(item), account, OCTOBER, ASKED);
        List<String> columns = CanonicalCsv.FOCUS_BILLING;
        assertThat(cells).hasSize(columns.size());
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            byColumn.put(columns.get(i), cells[i]);
        }
        return byColumn;
    }

    private static DescribeInstanceBillResponseBodyDataItems ecsLine() {
        return new DescribeInstanceBillResponseBodyDataItems()
                .setBillingDate("2026-10-31").setInstanceID("i-bp1abc").setItem("PayAsYouGoBill")
                .setProductCode("ecs").setProductName("Elastic Compute Service").setProductType("ecs")
                .setProductDetail("ECS Pay-As-You-Go").setRegion("cn-hangzhou").setInstanceSpec("ecs.g7.2xlarge")
                .setUsage("24.000000").setUsageUnit("Hour").setListPrice("2.200000")
                .setPretaxGrossAmount(52.8f).setInvoiceDiscount(10.56f).setPretaxAmount(42.24f).setPaymentAmount(42.24f)
                .setCurrency("CNY").setOwnerID("2234567890123456").setBillAccountID("9999")
                .setTag("key:env value:prod; key:team value:data");
    }

    @Test
    void tagsAreReadAsTheBillExportReadsTheSameText() {
        // a value holding ';' continues the previous tag, as the bill CSV reader has it, instead of becoming a tag "api"
        Map<String, String> row = row(ecsLine().setTag("key:team value:web;api; KEY:env VALUE:prod"), "1");

        assertThat(row).containsEntry("Tags", "{\"team\":\"web;api\",\"env\":\"prod\"}");
    }

    @Test
    void aPayAsYouGoLineIsOneUsageRowWithThePretaxAmountAsBilledCost() {
        Map<String, String> row = row(ecsLine(), "1234567890123456");

        assertThat(row).containsEntry("BilledCost", "42.24").containsEntry("EffectiveCost", "42.24")
                .containsEntry("ListCost", "52.8").containsEntry("BillingCurrency", "CNY")
                .containsEntry("BillingAccountId", "1234567890123456").containsEntry("SubAccountId", "2234567890123456")
                .containsEntry("BillingPeriodStart", "2026-10-01T00:00:00Z")
                .containsEntry("BillingPeriodEnd", "2026-11-01T00:00:00Z")
                .containsEntry("ChargePeriodStart", "2026-10-31T00:00:00Z")
                .containsEntry("ChargePeriodEnd", "2026-11-01T00:00:00Z")
                .containsEntry("ChargeCategory", "Usage").containsEntry("ServiceCategory", "Compute")
                .containsEntry("ServiceName", "Elastic Compute Service").containsEntry("ProviderName", "Alibaba Cloud")
                .containsEntry("RegionId", "cn-hangzhou").containsEntry("ResourceId", "i-bp1abc")
                .containsEntry("ResourceType", "ecs").containsEntry("SkuId", "ecs.g7.2xlarge")
                .containsEntry("PricingQuantity", "24.000000").containsEntry("PricingUnit", "Hour")
                .containsEntry("Tags", "{\"env\":\"prod\",\"team\":\"data\"}");
    }

    @Test
    void refundsAndNegativeLinesAreCredits() {
        assertThat(row(ecsLine().setItem("Refund").setPretaxAmount(-5f).setPretaxGrossAmount(-5f), "a"))
                .containsEntry("ChargeCategory", "Credit").containsEntry("BilledCost", "-5.0");
        assertThat(row(ecsLine().setPretaxAmount(-0.01f), "a")).containsEntry("ChargeCategory", "Credit");
        assertThat(row(ecsLine().setItem("Adjustment").setPretaxAmount(-1f), "a"))
                .containsEntry("ChargeCategory", "Adjustment");
        assertThat(row(ecsLine().setItem("SubscriptionOrder").setSubscriptionType("Subscription"), "a"))
                .containsEntry("ChargeCategory", "Purchase");
        assertThat(row(ecsLine().setItem(null), "a")).containsEntry("ChargeCategory", "Usage");
    }

    @Test
    void billingKeysAreKeptVerbatimAndBlanksFallBack() {
        DescribeInstanceBillResponseBodyDataItems oss = new DescribeInstanceBillResponseBodyDataItems()
                .setInstanceID("cn-shanghai;standard").setProductCode("oss").setProductName("")
                .setProductType("").setProductDetail("OSS Storage").setUsage("n/a").setPretaxAmount(1.23f)
                .setBillAccountID("9999");

        Map<String, String> row = row(oss, null);

        assertThat(row).containsEntry("ResourceId", "cn-shanghai;standard").containsEntry("ServiceCategory", "Storage")
                .containsEntry("ServiceName", "oss").containsEntry("ResourceType", "OSS Storage")
                .containsEntry("BillingAccountId", "9999").containsEntry("BillingCurrency", "CNY")
                .containsEntry("PricingQuantity", "").containsEntry("ListCost", "0")
                .containsEntry("ChargePeriodStart", "2026-10-31T00:00:00Z").containsEntry("Tags", "");
    }

    @Test
    void anUnknownProductIsOtherAndTinyAmountsArePlainDecimals() {
        Map<String, String> row = row(ecsLine().setProductCode("brand-new").setPretaxAmount(1.0E-4f), "a");
        assertThat(row).containsEntry("ServiceCategory", "Other").containsEntry("BilledCost", "0.00010");
    }

    @Test
    void aBillingDateThatIsNoDateIsOneLine() {
        assertThatThrownBy(() -> row(ecsLine().setBillingDate("31/10/2026"), "a"))
                .isInstanceOf(CloudcostException.class)
                .hasMessage("Alibaba Cloud DescribeInstanceBill returned the BillingDate '31/10/2026' for 2026-10-31,"
                        + " expected YYYY-MM-DD");
    }
}
