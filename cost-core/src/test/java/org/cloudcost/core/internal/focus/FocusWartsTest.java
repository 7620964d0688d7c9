package org.cloudcost.core.internal.focus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/** The warts real FOCUS files carry, each in a hand-made fixture whose figures are worked out by hand. */
class FocusWartsTest {
    static final Path WARTS = Path.of("src/test/resources/focus/warts-1.0.csv");

    @TempDir
    Path tmp;

    @Test
    void nullLiteralsMixedCaseNoTAndExtraIdColumnAreAccepted() {
        CostDataset ds = CostDataset.read().billing(WARTS).load();
        Table t = ds.billing().table();

        // lines 2 and 3: same instance and day, "Usage"/"usage", "compute"/"Compute" -> one row
        Table ec2 = t.where(t.stringColumn(BillingFrame.RESOURCE_ID).isEqualTo("i-0aaa"));
        assertThat(ec2.rowCount()).isEqualTo(1);
        Row r = ec2.row(0);
        assertThat(r.getString(BillingFrame.CHARGE_CATEGORY)).isEqualTo("Usage");
        assertThat(r.getString(BillingFrame.SERVICE_CATEGORY)).isEqualTo("Compute");
        assertThat(r.getDate(BillingFrame.CHARGE_PERIOD_START)).isEqualTo(LocalDate.of(2024, 9, 18));
        assertThat(r.getDate(BillingFrame.BILLING_PERIOD_START)).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(r.getDouble(BillingFrame.BILLED_COST)).isCloseTo(1.5 + 2.5, within(1e-12));
        assertThat(r.getDouble(BillingFrame.EFFECTIVE_COST)).isCloseTo(1.2 + 2.0, within(1e-12));
        assertThat(r.getDouble(BillingFrame.LIST_COST)).isCloseTo(1.6 + 2.6, within(1e-12));
        assertThat(r.getDouble(BillingFrame.PRICING_QUANTITY)).isCloseTo(2.0, within(1e-12));
        assertThat(r.getString(BillingFrame.BILLING_ACCOUNT_ID)).isEqualTo("0012345678901"); // leading zeros kept
        assertThat(r.getString(BillingFrame.SUB_ACCOUNT_ID)).isEqualTo("0099");
        assertThat(r.getString("env")).isEqualTo("prod");   // from "Environment"
        assertThat(r.getString("team")).isEqualTo("web");
        assertThat(r.getString(BillingFrame.RESOURCE_TYPE)).isEmpty(); // NULL -> empty
    }

    @Test
    void creditTaxAndZeroCostLinesAreKept() {
        CostDataset ds = CostDataset.read().billing(WARTS).load();
        Table t = ds.billing().table();
        assertThat(t.rowCount()).isEqualTo(4);
        assertThat(t.stringColumn(BillingFrame.CHARGE_CATEGORY).asSet()).containsExactlyInAnyOrder("Usage", "Tax", "Credit");
        Table tax = t.where(t.stringColumn(BillingFrame.CHARGE_CATEGORY).isEqualTo("Tax"));
        assertThat(tax.stringColumn(BillingFrame.SERVICE_CATEGORY).get(0)).isEqualTo("Other"); // NULL category
        assertThat(tax.dateColumn(BillingFrame.CHARGE_PERIOD_START).get(0)).isEqualTo(LocalDate.of(2024, 9, 1));
        Table credit = t.where(t.stringColumn(BillingFrame.CHARGE_CATEGORY).isEqualTo("Credit"));
        assertThat(credit.doubleColumn(BillingFrame.BILLED_COST).get(0)).isEqualTo(-0.7);
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("3.4");
        assertThat(ds.readReport().sourceBilledCost()).containsEntry("USD", new BigDecimal("3.40000000000"));
        assertThat(ds.spend().reconciliation().reconciled()).isTrue();
    }

    @Test
    void quotedLineBreakTagAliasesAndNonStringTagValues() {
        Table t = CostDataset.read().billing(WARTS).load().billing().table();
        Table s3 = t.where(t.stringColumn(BillingFrame.RESOURCE_ID).isEqualTo("arn:aws:s3:::logs"));
        assertThat(s3.rowCount()).isEqualTo(1);
        assertThat(s3.stringColumn("app").get(0)).isEqualTo("billing");   // "application"
        assertThat(s3.stringColumn("env").get(0)).isEqualTo("dev");       // "stage"
        assertThat(s3.stringColumn("team").get(0)).isEmpty();
        assertThat(s3.doubleColumn(BillingFrame.PRICING_QUANTITY).get(0)).isEqualTo(3.5);
    }

    @Test
    void gzipBomAndCrlfGiveTheSameFrame() throws IOException {
        byte[] plain = Files.readAllBytes(WARTS);
        String crlf = new String(plain, StandardCharsets.UTF_8).replace("\n", "\r\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path gz = tmp.resolve("bill.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(bom);
            out.write(crlf.getBytes(StandardCharsets.UTF_8));
        }
        Table expected = CostDataset.read().billing(WARTS).load().billing().table();
        Table actual = CostDataset.read().billing(gz).load().billing().table();
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (int i = 0; i < expected.rowCount(); i++) {
            assertThat(actual.row(i).toString()).isEqualTo(expected.row(i).toString());
        }
    }

    @Test
    void focus13ServiceProviderNameReplacesProviderName() throws IOException {
        Path f = tmp.resolve("focus13.csv");
        Files.writeString(f, """
                BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName,ServiceProviderName,HostProviderName,InvoiceIssuerName
                10.25,CNY,Usage,2026-10-01T00:00:00Z,Compute,Elastic Compute Service,Alibaba Cloud,Alibaba Cloud,Alibaba Cloud
                """);
        CostDataset ds = CostDataset.read().billing(f).load();
        Row r = ds.billing().table().row(0);
        assertThat(r.getString(BillingFrame.PROVIDER_NAME)).isEqualTo("Alibaba Cloud");
        assertThat(r.getDouble(BillingFrame.EFFECTIVE_COST)).isEqualTo(10.25); // defaults to BilledCost
        assertThat(r.getDate(BillingFrame.BILLING_PERIOD_START)).isEqualTo(LocalDate.of(2026, 10, 1)); // derived
        assertThat(ds.spend().billingPeriod()).isEqualTo("2026-10");
        assertThat(ds.readReport().files().get(0).format()).isEqualTo("focus 1.3");
    }

    @Test
    void chargeDaysAreUtcDaysEvenWithAnOffset() throws IOException {
        Path f = tmp.resolve("offset.csv");
        Files.writeString(f, """
                BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName
                1,CNY,Usage,2026-10-02T07:00:00+08:00,Compute,ECS
                2,CNY,Usage,2026-10-02T08:00:00+08:00,Compute,ECS
                """);
        Table t = CostDataset.read().billing(f).load().billing().table();
        assertThat(t.dateColumn(BillingFrame.CHARGE_PERIOD_START).asList())
                .containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
    }

    @Test
    void repeatedHeaderAndBlankLinesAreSkippedAndReported() throws IOException {
        Path f = tmp.resolve("concat.csv");
        String header = "BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName\n";
        Files.writeString(f, header + "1.10,USD,Usage,2026-10-01,Compute,EC2\n\n" + header + "2.20,USD,Usage,2026-10-01,Compute,EC2\n");
        CostDataset ds = CostDataset.read().billing(f).load();
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("3.3");
        assertThat(ds.readReport().skipped()).extracting(s -> s.reason() + "@" + s.firstLine())
                .containsExactly("blank line@3", "repeated header line@4");
        assertThat(ds.readReport().files().get(0).dataLines()).isEqualTo(2);
    }
}
