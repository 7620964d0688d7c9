package org.cloudcost.core.internal.focus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.billing.BillingFileReader;
import org.cloudcost.core.spend.SpendSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.Table;

/** Edge cases found in review: large totals, currency spelling, tag precedence, quote escapes, pipes, immutability. */
class FocusEdgeCasesTest {
    static final String HEADER = "BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName,Tags\n";

    @TempDir
    Path tmp;

    private Path file(String name, String body) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, HEADER + body);
        return f;
    }

    @Test
    void largeTotalsKeepTheirCents() throws IOException {
        Path f = file("idr.csv", "12345678901234.56,IDR,Usage,2026-10-01,Compute,VM,\n0.01,IDR,Usage,2026-10-01,Compute,VM,\n");
        SpendSummary spend = CostDataset.read().billing(f).load().spend();
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("12345678901234.57");
        assertThat(spend.reconciliation().reconciled()).isTrue();
    }

    @Test
    void currencyCodesAreTrimmedAndUpperCased() throws IOException {
        Path f = file("cur.csv", "1,cny,Usage,2026-10-01,Compute,ECS,\n2, CNY ,Usage,2026-10-01,Compute,ECS,\n");
        SpendSummary spend = CostDataset.read().billing(f).load().spend();
        assertThat(spend.currency()).isEqualTo("CNY");
        assertThat(spend.totalBilledCost()).isEqualByComparingTo("3");
    }

    @Test
    void theColumnsOwnTagKeyWinsWhateverTheOrder() throws IOException {
        Path f = file("tags.csv", "1,USD,Usage,2026-10-01,Compute,EC2,\"{\"\"stage\"\":\"\"dev\"\",\"\"env\"\":\"\"prod\"\",\"\"environment\"\":\"\"qa\"\"}\"\n"
                + "1,USD,Usage,2026-10-02,Compute,EC2,\"{\"\"stage\"\":\"\"dev\"\",\"\"Environment\"\":\"\"qa\"\"}\"\n");
        Table t = CostDataset.read().billing(f).load().billing().table();
        assertThat(t.stringColumn("env").asList()).containsExactly("prod", "qa");
    }

    @Test
    void tagColumnsAreValidated() {
        assertThatThrownBy(() -> TagColumns.of(Map.of("ServiceName", List.of())))
                .isInstanceOf(CloudcostException.class).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> TagColumns.of(Map.of("billedcost", List.of())))
                .isInstanceOf(CloudcostException.class).hasMessageContaining("clash");
        java.util.LinkedHashMap<String, List<String>> twice = new java.util.LinkedHashMap<>();
        twice.put("env", List.of("stage"));
        twice.put("tier", List.of("Stage"));
        assertThatThrownBy(() -> TagColumns.of(twice)).isInstanceOf(CloudcostException.class)
                .hasMessageContaining("feeds two tag columns, env and tier");
    }

    @Test
    void aQuotedFieldWithEscapesAndAnUnquotedOneOfTheSameBytesStayTwoValues() throws IOException {
        // unquoted, a quote is data (the text is VM a""b); quoted, "" is one quote (VM a"b): the same bytes inside the field
        String unquoted = "1,USD,Usage,2026-10-01,Compute,VM a\"\"b,\n";
        String quoted = "2,USD,Usage,2026-10-01,Compute,\"VM a\"\"b\",\n";
        for (String body : List.of(unquoted + quoted, quoted + unquoted)) {
            Path f = file("escapes.csv", body);
            for (String threads : List.of("1", "2")) {
                System.setProperty(BillingFileReader.THREADS_PROPERTY, threads);
                try {
                    Table t = CostDataset.read().billing(f).load().billing().table();
                    assertThat(t.stringColumn(BillingFrame.SERVICE_NAME).asSet()).as(body)
                            .containsExactlyInAnyOrder("VM a\"\"b", "VM a\"b");
                } finally {
                    System.clearProperty(BillingFileReader.THREADS_PROPERTY);
                }
            }
        }
    }

    @Test
    void unknownServiceCategoriesAreReportedAsOther() throws IOException {
        Path f = file("cat.csv", "1,USD,Usage,2026-10-01,Quantum,Qubits,\n2,USD,Usage,2026-10-01,compute,EC2,\n");
        CostDataset ds = CostDataset.read().billing(f).load();
        assertThat(ds.spend().byServiceCategory()).containsOnlyKeys("Compute", "Other");
        assertThat(ds.billing().table().stringColumn(BillingFrame.SERVICE_CATEGORY).asSet()).contains("Quantum"); // the frame keeps what was written
    }

    @Test
    void framesCannotBeChangedFromOutside() throws IOException {
        Path f = file("bill.csv", "1.5,USD,Usage,2026-10-01,Compute,EC2,\n");
        CostDataset ds = CostDataset.read().billing(f).load();
        ds.billing().table().doubleColumn(BillingFrame.BILLED_COST).set(0, 1e6);
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("1.5");
        assertThat(ds.spend().reconciliation().reconciled()).isTrue();
    }

    @Test
    void focusForcesTheFormatOfItsOwnFilesOnly() throws IOException {
        Path focus = file("a.csv", "1,USD,Usage,2026-10-01,Compute,EC2,\n");
        Path ledger = tmp.resolve("ledger.csv");
        Files.writeString(ledger, "Voucher,Day,Amount\nA1,2026-10-01,2.00\n");   // the test-only petty-cash format
        CostDataset ds = CostDataset.read().focus(focus).billing(ledger).load();
        assertThat(ds.readReport().files()).extracting(r -> r.format()).containsExactly("focus 1.0", "petty-cash");
    }

    @Test
    void aPipeIsReadOnce() throws Exception {
        Path fifo = tmp.resolve("bill.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
        String content = HEADER + "1.25,USD,Usage,2026-10-01,Compute,EC2,\n".repeat(5000);
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        CostDataset ds = CostDataset.read().billing(fifo).load();
        writer.join(10_000);
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("6250");
        assertThat(ds.readReport().files().get(0).dataLines()).isEqualTo(5000);
    }
}
