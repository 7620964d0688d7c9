package org.cloudcost.aliyun.bill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.aliyun.bill.BillFixtures.row;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The real legacy header, 41 Chinese columns verbatim from {@code ../shared/data} (header only;
 * skipped where {@code ../shared} is absent), with hand-made records appended in its exact
 * column order, in UTF-8 and in GBK.
 */
class LegacyHeaderSampleTest {
    static final LocalDate OCT_7 = LocalDate.of(2026, 10, 7);

    @TempDir
    Path tmp;

    String header;
    List<String> columns;

    @BeforeEach
    void readTheRealHeader() throws IOException {
        Path file = SharedSamples.require("alibaba-bill-headers/legacy_bill_detail_header_zh.csv");
        header = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        columns = Arrays.asList(header.split(",", -1));
    }

    /** A record of the real header: the named fields, empty elsewhere. */
    String record(Map<String, String> fields) {
        assertThat(columns).containsAll(fields.keySet());
        List<String> values = new ArrayList<>();
        for (String c : columns) {
            String v = fields.getOrDefault(c, "");
            values.add(v.contains(",") ? '"' + v + '"' : v);
        }
        return String.join(",", values);
    }

    Path bill(Charset charset) {
        Map<String, String> common = Map.of("账期", "2026-10", "账号ID", "1234567890123456", "账号", "retail-main",
                "Owner账号", "retail-prod", "消费类型", "后付费", "地域", "cn-hangzhou");
        String text = header + "\n"
                + record(with(common, Map.ofEntries(Map.entry("产品Code", "ecs"), Map.entry("产品", "云服务器 ECS"),
                        Map.entry("消费时间", "2026-10-07 00:10:00"), Map.entry("账单开始时间", "2026-10-07 00:00:00"),
                        Map.entry("账单结束时间", "2026-10-07 01:00:00"), Map.entry("账单类型", "后付费账单"),
                        Map.entry("实例ID", "i-legacy01"), Map.entry("实例标签", "env:prod;app:shop"),
                        Map.entry("实例规格", "ecs.g7.large"), Map.entry("计费项", "实例规格"), Map.entry("用量", "1"),
                        Map.entry("用量单位", "小时"), Map.entry("原价", "0.80"), Map.entry("优惠金额", "0.16"),
                        Map.entry("应付金额", "0.64"), Map.entry("现金支付", "0.64")))) + "\n"
                + record(with(common, Map.of("产品Code", "oss", "产品", "对象存储 OSS", "消费时间", "2026-10-07 00:00:00",
                        "账单类型", "后付费账单", "实例ID", "cn-hangzhou;standard", "实例配置", "标准存储, 本地冗余",
                        "用量", "40", "用量单位", "GB", "原价", "0.12", "应付金额", "0.12"))) + "\n"
                + record(with(common, Map.of("产品Code", "ecs", "产品", "云服务器 ECS", "消费时间", "2026-10-07 12:00:00",
                        "账单类型", "退款", "实例ID", "i-legacy01", "原价", "-0.64", "应付金额", "-0.64"))) + "\n";
        return BillFixtures.write(tmp, "legacy-" + charset.name() + ".csv", new byte[0], text, charset);
    }

    static Map<String, String> with(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new java.util.HashMap<>(a);
        m.putAll(b);
        return m;
    }

    @Test
    void theRealHeaderHas41ColumnsAndIsRecognised() {
        assertThat(columns).hasSize(41);
        CostDataset ds = CostDataset.read().billing(bill(StandardCharsets.UTF_8)).load();
        assertThat(ds.readReport().files().get(0).format()).isEqualTo("aliyun-bill zh");
        assertThat(ds.readReport().files().get(0).dataLines()).isEqualTo(3);
    }

    @Test
    void recordsAppendedToTheRealHeaderMapAsDocumented() {
        for (Charset charset : List.of(StandardCharsets.UTF_8, BillEncoding.GBK)) {
            CostDataset ds = CostDataset.read().billing(bill(charset)).load();
            assertThat(ds.spend().totalBilledCost()).as(charset.name()).isEqualByComparingTo("0.12");   // 0.64 + 0.12 - 0.64
            assertThat(ds.spend().totalListCost()).as(charset.name()).isEqualByComparingTo("0.28");     // 0.80 + 0.12 - 0.64
            assertThat(ds.spend().reconciliation().reconciled()).isTrue();
            Table t = ds.billing().table();
            Row ecs = row(t, "i-legacy01", OCT_7, "Usage");
            assertThat(ecs.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Compute");
            assertThat(ecs.getString(BillingFrame.SKU_ID)).isEqualTo("ecs.g7.large");
            assertThat(ecs.getString(BillingFrame.SUB_ACCOUNT_ID)).isEqualTo("retail-prod");
            assertThat(ecs.getString(BillingFrame.BILLING_ACCOUNT_ID)).isEqualTo("1234567890123456");
            assertThat(ecs.getString("env")).isEqualTo("prod");
            assertThat(ecs.getString("app")).isEqualTo("shop");
            assertThat(row(t, "i-legacy01", OCT_7, "Credit").getDouble(BillingFrame.BILLED_COST)).isEqualTo(-0.64);
            assertThat(row(t, "cn-hangzhou;standard", OCT_7, "Usage").getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Storage");
        }
    }
}
