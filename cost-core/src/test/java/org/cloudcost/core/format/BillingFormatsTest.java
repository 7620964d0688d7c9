package org.cloudcost.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.ReadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry finds formats through ServiceLoader, and a skipped line's money is named, not lost. */
class BillingFormatsTest {
    @TempDir
    Path tmp;

    @Test
    void findsCoreAndRegisteredFormatsByPriority() {
        assertThat(BillingFormats.available()).extracting(BillingFormat::id).containsExactly("petty-cash", "focus");
        assertThat(BillingFormats.byId("FOCUS")).isPresent();
        assertThat(BillingFormats.describeAll()).contains("focus (FOCUS 1.0-1.3 CSV");
    }

    @Test
    void aProviderFormatIsDetectedAndItsSkippedLinesAreReportedWithTheirCost() throws IOException {
        Path f = tmp.resolve("ledger.csv");
        Files.writeString(f, "Voucher,Day,Amount\nA1,2026-10-01,10.10\nvoid,2026-10-02,99.99\nA3,2026-10-02,0.20\n");
        CostDataset ds = CostDataset.read().billing(f).load();
        ReadReport report = ds.readReport();
        assertThat(report.files()).singleElement().satisfies(r -> {
            assertThat(r.format()).isEqualTo("petty-cash");
            assertThat(r.dataLines()).isEqualTo(3);
            assertThat(r.rows()).isEqualTo(2);
        });
        assertThat(report.sourceBilledCost()).containsEntry("EUR", new BigDecimal("110.29"));
        assertThat(report.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo("voided voucher");
            assertThat(s.firstLine()).isEqualTo(3);
            assertThat(s.billedCost()).containsEntry("EUR", new BigDecimal("99.99"));
        });
        var r = ds.spend().reconciliation();
        assertThat(r.sourceBilledCost()).isEqualByComparingTo("110.29");
        assertThat(r.reportedBilledCost()).isEqualByComparingTo("10.30");
        assertThat(r.excludedBilledCost()).isEqualByComparingTo("99.99");
        assertThat(r.reconciled()).isTrue();
    }

    @Test
    void manyLinesOfOneKeyBecomeOneRow() throws IOException {
        Path f = tmp.resolve("big.csv");
        StringBuilder sb = new StringBuilder("BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName,ResourceId\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("0.01,USD,Usage,2026-10-01T").append(String.format("%02d", i % 24)).append(":00:00Z,Compute,EC2,i-1\n");
        }
        Files.writeString(f, sb);
        CostDataset ds = CostDataset.read().billing(f).load();
        assertThat(ds.billing().rowCount()).isEqualTo(1);
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("1000");   // no drift over 100k additions
        assertThat(ds.toString()).contains("BillingFrame: 1 rows");
    }
}
