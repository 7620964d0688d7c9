package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.cloudcost.aliyun.bill.BillFixtures.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The Chinese-header fixture, read as the console writes it (UTF-8), with a byte-order mark, and
 * as Excel saves it on a Chinese Windows (GBK, CRLF). Every figure below is worked out by hand
 * from {@code bill-zh.csv}.
 */
class ChineseBillTest {
    static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    static final LocalDate OCT_2 = LocalDate.of(2026, 10, 2);
    static final LocalDate OCT_3 = LocalDate.of(2026, 10, 3);

    @TempDir
    Path tmp;

    @Test
    void totalsByCategoryAndChargeAreExactAndReconcile() {
        CostDataset ds = CostDataset.read().billing(BillFixtures.ZH).load();
        var spend = ds.spend();
        // 1.248 + 1.248 + 9.60 + 3.0735 + 0 - 5.00 + 480.00 + 1.00 + 7.77
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("498.9395");
        assertThat(spend.totalEffectiveCost()).isEqualByComparingTo("498.9395");   // EffectiveCost = 应付金额
        // 1.56 + 1.56 + 12.00 + 3.0735 + 0 - 5.00 + 600.00 + 1.00 + 7.77
        assertThat(spend.totalListCost()).isEqualByComparingTo("621.9635");
        assertThat(spend.currency()).isEqualTo("CNY");
        assertThat(spend.billingPeriod()).isEqualTo("2026-10");
        assertThat(spend.byServiceCategory()).containsOnlyKeys("Compute", "Databases", "Storage", "Networking", "Other");
        assertThat(spend.byServiceCategory().get("Compute")).isEqualByComparingTo("7.096");   // 2.496 + 9.60 - 5.00
        assertThat(spend.byServiceCategory().get("Databases")).isEqualByComparingTo("480");
        assertThat(spend.byServiceCategory().get("Storage")).isEqualByComparingTo("3.0735");
        assertThat(spend.byServiceCategory().get("Networking")).isEqualByComparingTo("1");    // CDN 0 + SLB 1.00
        assertThat(spend.byServiceCategory().get("Other")).isEqualByComparingTo("7.77");      // unknown product code
        assertThat(spend.byChargeCategory().get("Usage")).isEqualByComparingTo("502.9395");
        assertThat(spend.byChargeCategory().get("Credit")).isEqualByComparingTo("-5");        // 退款
        assertThat(spend.byChargeCategory().get("Adjustment")).isEqualByComparingTo("1");     // 调账
        assertThat(ds.readReport().sourceBilledCost()).containsOnlyKeys("CNY");
        assertThat(ds.readReport().sourceBilledCost().get("CNY")).isEqualByComparingTo("498.9395");
        assertThat(spend.reconciliation().reconciled()).isTrue();
        assertThat(spend.reconciliation().difference()).isEqualByComparingTo("0");
    }

    @Test
    void linesOfOneInstanceAndChinaDayBecomeOneRowOnThatDay() {
        Table t = CostDataset.read().billing(BillFixtures.ZH).load().billing().table();
        assertThat(t.rowCount()).isEqualTo(8);   // nine records; the two web01 hours of 1 October fold into one
        Row web = row(t, "i-bp1web01", OCT_1, "Usage");   // 00:30 China time is still 30 September in UTC
        assertThat(web.getDouble(BillingFrame.BILLED_COST)).isCloseTo(2.496, within(1e-12));
        assertThat(web.getDouble(BillingFrame.LIST_COST)).isCloseTo(3.12, within(1e-12));
        assertThat(web.getDouble(BillingFrame.PRICING_QUANTITY)).isEqualTo(2.0);
        assertThat(web.getString(BillingFrame.PRICING_UNIT)).isEqualTo("小时");
        assertThat(web.getString(BillingFrame.PROVIDER_NAME)).isEqualTo("Alibaba Cloud");
        assertThat(web.getString(BillingFrame.BILLING_ACCOUNT_ID)).isEqualTo("1234567890123456");
        assertThat(web.getString(BillingFrame.SUB_ACCOUNT_ID)).isEqualTo("retail-prod");
        assertThat(web.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Compute");
        assertThat(web.getString(BillingFrame.SERVICE_NAME)).isEqualTo("云服务器 ECS");
        assertThat(web.getString(BillingFrame.SKU_ID)).isEqualTo("ecs.g7.xlarge");
        assertThat(web.getString(BillingFrame.REGION_ID)).isEqualTo("cn-hangzhou");
        assertThat(web.getDate(BillingFrame.BILLING_PERIOD_START)).isEqualTo(OCT_1);
        assertThat(web.getString("env")).isEqualTo("prod");
        assertThat(web.getString("team")).isEqualTo("web");
        assertThat(web.getString(BillingFrame.BILLING_CURRENCY)).isEqualTo("CNY");
    }

    @Test
    void tagsInBothFormsBillingKeysRefundsAndZeroLines() {
        Table t = CostDataset.read().billing(BillFixtures.ZH).load().billing().table();

        Row batch = row(t, "i-bp1batch01", OCT_2, "Usage");   // key:env value:test; key:app value:batch
        assertThat(batch.getString("env")).isEqualTo("test");
        assertThat(batch.getString("app")).isEqualTo("batch");
        assertThat(batch.getString(BillingFrame.SUB_ACCOUNT_ID)).isEqualTo("retail-staging");

        Row oss = row(t, "cn-shanghai;standard", OCT_2, "Usage");   // a billing key, kept verbatim
        assertThat(oss.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Storage");
        assertThat(oss.getDouble(BillingFrame.PRICING_QUANTITY)).isEqualTo(1024.5);
        assertThat(oss.getString(BillingFrame.SKU_ID)).isEmpty();

        Row cdn = row(t, "www.example.com", OCT_3, "Usage");   // a zero line is kept
        assertThat(cdn.getDouble(BillingFrame.BILLED_COST)).isZero();
        assertThat(cdn.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Networking");

        Row refund = row(t, "i-bp1web01", OCT_3, "Credit");
        assertThat(refund.getDouble(BillingFrame.BILLED_COST)).isEqualTo(-5.0);
        assertThat(refund.getDouble(BillingFrame.PRICING_QUANTITY)).isZero();   // 用量 empty

        Row rds = row(t, "rm-bp1db01", OCT_2, "Usage");   // quoted commas in 产品 and 实例标签
        assertThat(rds.getString(BillingFrame.SERVICE_NAME)).isEqualTo("云数据库 RDS, MySQL 版");
        assertThat(rds.getString("app")).isEqualTo("shop,cart");
        assertThat(rds.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Databases");

        Row slb = row(t, "lb-bp1lb01", LocalDate.of(2026, 10, 4), "Adjustment");
        assertThat(slb.getDouble(BillingFrame.BILLED_COST)).isEqualTo(1.0);

        Row other = row(t, "ins-new01", LocalDate.of(2026, 10, 5), "Usage");   // 消费时间 empty: 账单开始时间
        assertThat(other.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Other");
        assertThat(other.getString("team")).isEqualTo("data");
    }

    @Test
    void theBlankTrailingLineIsSkippedAndReportedWithoutMoney() {
        var report = CostDataset.read().billing(BillFixtures.ZH).load().readReport();
        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.format()).isEqualTo("aliyun-bill zh");
            assertThat(f.dataLines()).isEqualTo(9);
            assertThat(f.rows()).isEqualTo(8);
        });
        assertThat(report.skipped()).extracting(s -> s.reason() + "@" + s.firstLine()).containsExactly("blank line@11");
    }

    @Test
    void utf8WithByteOrderMarkAndGbkGiveTheSameFrame() throws Exception {
        Path bom = BillFixtures.bom(tmp);
        Path gbk = BillFixtures.gbk(tmp);
        assertThat(BillEncoding.decodesStrictly(Files.readAllBytes(gbk), StandardCharsets.UTF_8))
                .as("the GBK fixture must not be UTF-8, or this test proves nothing").isFalse();

        Table expected = CostDataset.read().billing(BillFixtures.ZH).load().billing().table();
        for (Path variant : new Path[] {bom, gbk}) {
            CostDataset ds = CostDataset.read().billing(variant).load();
            Table actual = ds.billing().table();
            assertThat(actual.rowCount()).as(variant.toString()).isEqualTo(expected.rowCount());
            for (int i = 0; i < expected.rowCount(); i++) {
                assertThat(actual.row(i).toString()).as(variant + " row " + i).isEqualTo(expected.row(i).toString());
            }
            assertThat(ds.readReport().sourceBilledCost()).containsOnlyKeys("CNY");
            assertThat(ds.readReport().sourceBilledCost().get("CNY")).isEqualByComparingTo("498.9395");
            assertThat(ds.spend().reconciliation().reconciled()).isTrue();
        }
    }

    @Test
    void aForcedFormatReadsTheSameFile() {
        CostDataset ds = CostDataset.read().billingFormat(AliyunBillCsvFormat.ID).billing(BillFixtures.ZH).load();
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("498.9395");
    }
}
