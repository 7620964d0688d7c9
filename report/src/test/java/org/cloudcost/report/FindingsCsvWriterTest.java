package org.cloudcost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.report.SpendSummaries.d;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.rules.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

class FindingsCsvWriterTest {
    /** FORMATS.md §3, in this order. */
    private static final List<String> FORMATS_COLUMNS = List.of("RuleId", "Strategy", "ResourceId", "ResourceType",
            "ServiceCategory", "ServiceName", "RegionId", "SubAccountId", "Environment", "MonthlyCost",
            "EstimatedMonthlySavings", "Currency", "Action", "Reason", "Confidence");

    @TempDir
    Path dir;

    private static Finding finding(String ruleId, Strategy strategy, String resourceId, String environment,
                                   String monthlyCost, String effective, String standalone, String estimated,
                                   String action, String reason) {
        return new Finding(ruleId, strategy, resourceId, "compute", "Compute", "Elastic Compute Service", "cn-hangzhou",
                "5012345678901234", environment, d(monthlyCost), d(effective), d(standalone), d(estimated), "CNY", action,
                reason, Confidence.HIGH);
    }

    private static Finding plain() {
        return finding("idle-compute", Strategy.CLEANUP, "i-bp1a2b3c", "test", "1476.0216", "1300.005", "1476.0216",
                "1234.565", "Release the instance", "p95 CPU 3.1 % over 30 days");
    }

    private List<List<String>> write(Finding... findings) throws IOException {
        Path file = FindingsCsvWriter.write(Findings.of(List.of(findings)), dir.resolve("out/findings.csv"));
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            return csv.stream().map(CsvRecord::getFields).toList();
        }
    }

    @Test
    void theHeaderIsTheFormatsColumnsThenTheTwoExtras() throws Exception {
        List<List<String>> rows = write(plain());

        assertThat(rows.get(0)).hasSize(17);
        assertThat(rows.get(0).subList(0, 15)).containsExactlyElementsOf(FORMATS_COLUMNS);
        assertThat(rows.get(0).subList(15, 17)).containsExactly("StandaloneMonthlySavings", "EffectiveMonthlyCost");
        assertThat(rows.get(0)).containsExactlyElementsOf(Findings.COLUMNS);
    }

    @Test
    void writesTheHeaderOnlyWithoutFindings(@TempDir Path other) throws Exception {
        Path file = FindingsCsvWriter.write(Findings.of(List.of()), other.resolve("findings.csv"));

        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(String.join(",", Findings.COLUMNS) + "\r\n");
    }

    @Test
    void rowsReadBackGiveTheValuesWithMoneyRoundedHalfUpToCents() throws Exception {
        List<List<String>> rows = write(plain());

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("idle-compute", "cleanup", "i-bp1a2b3c", "compute", "Compute",
                "Elastic Compute Service", "cn-hangzhou", "5012345678901234", "test",
                "1476.02", "1234.57", "CNY", "Release the instance", "p95 CPU 3.1 % over 30 days", "HIGH",
                "1476.02", "1300.01");
    }

    @Test
    void roundsEveryMoneyColumnHalfUpNotHalfEven() throws Exception {
        // 0.125 → 0.13 (half even would give 0.12), 0.005 → 0.01, 2 → 2.00, 0.0049 → 0.00
        Finding f = finding("r", Strategy.RIGHT_SIZING, "i-1", "", "2", "0.125", "0.005", "0.0049", "a", "b");

        List<String> row = write(f).get(1);

        assertThat(row.get(9)).isEqualTo("2.00");
        assertThat(row.get(10)).isEqualTo("0.00");
        assertThat(row.get(15)).isEqualTo("0.01");
        assertThat(row.get(16)).isEqualTo("0.13");
    }

    @Test
    void writesCrlfLinesInUtf8() throws Exception {
        Finding f = finding("r", Strategy.CLEANUP, "磁盘-1", "生产", "10", "10", "5", "5", "释放云盘", "未挂载 90 天");

        Path file = FindingsCsvWriter.write(Findings.of(List.of(f, plain())), dir.resolve("findings.csv"));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(List.of(text.split("\r\n", -1))).hasSize(4).last().isEqualTo("");
        assertThat(text).contains("磁盘-1", "释放云盘", "未挂载 90 天").doesNotContain("\n\n");
    }

    @Test
    void keepsTheFindingsOrder() throws Exception {
        Finding small = finding("a-rule", Strategy.NETWORK, "eip-2", "", "10", "10", "1", "1", "a", "b");

        List<List<String>> rows = write(plain(), small);

        assertThat(rows).extracting(r -> r.get(2)).containsExactly("ResourceId", "i-bp1a2b3c", "eip-2");
    }

    @Test
    void neutralizesTextThatCouldRunAsAFormula() throws Exception {
        String hyperlink = "=HYPERLINK(\"http://x\")";
        Finding f = new Finding("tag-rule", Strategy.CLEANUP, hyperlink, "+compute", "-Compute", "@SUM(A1)", "\tcn",
                "\r42", hyperlink, d("10"), d("10"), d("5"), d("5"), "CNY", "-Release", "=1+1 " + hyperlink,
                Confidence.LOW);

        Path file = FindingsCsvWriter.write(Findings.of(List.of(f)), dir.resolve("findings.csv"));
        List<String> row;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            row = csv.stream().skip(1).findFirst().orElseThrow().getFields();
        }

        assertThat(row.get(2)).isEqualTo("'" + hyperlink);
        assertThat(row.get(3)).isEqualTo("'+compute");
        assertThat(row.get(4)).isEqualTo("'-Compute");
        assertThat(row.get(5)).isEqualTo("'@SUM(A1)");
        assertThat(row.get(6)).isEqualTo("'\tcn");
        assertThat(row.get(7)).isEqualTo("'\r42");
        assertThat(row.get(8)).isEqualTo("'" + hyperlink);
        assertThat(row.get(12)).isEqualTo("'-Release");
        assertThat(row.get(13)).isEqualTo("'=1+1 " + hyperlink);
        for (String cell : row) {
            assertThat(cell).as("no cell starts a formula").doesNotStartWith("=").doesNotStartWith("+")
                    .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
        // and in the raw text: no line, and no cell after a separator, opens with '='
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(",=", ",\"=", "\n=");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksSoTheyReadBack() throws Exception {
        String reason = "p95 CPU 3 %, \"idle\" since\nOctober\r\nstill";
        Finding f = finding("r", Strategy.CLEANUP, "i-1,i-2", "env \"x\"", "10", "10", "5", "5",
                "Stop, then release", reason);

        String raw = FindingsCsvWriter.row(f);
        List<List<String>> rows = write(f);

        assertThat(raw).contains("\"i-1,i-2\"", "\"env \"\"x\"\"\"", "\"Stop, then release\"");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).hasSize(17);
        assertThat(rows.get(1).get(2)).isEqualTo("i-1,i-2");
        assertThat(rows.get(1).get(8)).isEqualTo("env \"x\"");
        assertThat(rows.get(1).get(12)).isEqualTo("Stop, then release");
        assertThat(rows.get(1).get(13)).isEqualTo(reason);
    }

    @Test
    void neverPrefixesNumbersOrPlainText() throws Exception {
        Finding f = finding("idle-compute", Strategy.CLEANUP, "i-1", "prod", "0", "0", "0", "0", "a", "b");

        String raw = FindingsCsvWriter.row(f);

        assertThat(raw).doesNotContain("'");
        assertThat(raw).isEqualTo("idle-compute,cleanup,i-1,compute,Compute,Elastic Compute Service,cn-hangzhou,"
                + "5012345678901234,prod,0.00,0.00,CNY,a,b,HIGH,0.00,0.00");
        assertThat(CsvCells.number("-1.50")).isEqualTo("-1.50");
        assertThat(CsvCells.text("-1.50")).isEqualTo("'-1.50");
        assertThat(CsvCells.text("a-b=c")).isEqualTo("a-b=c");
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void aNeutralizedCellIsStillQuotedWhenItNeedsIt() {
        assertThat(CsvCells.text("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(CsvCells.text("\r\nx")).isEqualTo("\"'\r\nx\"");
        assertThat(CsvCells.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void createsTheFolderAndReturnsTheFile() throws Exception {
        Path file = dir.resolve("a/b/c").resolve(FindingsCsvWriter.FILE_NAME);

        Path written = FindingsCsvWriter.write(Findings.of(List.of(plain())), file);

        assertThat(written).isEqualTo(file).isRegularFile();
        assertThat(FindingsCsvWriter.FILE_NAME).isEqualTo("findings.csv");
        assertThat(new BigDecimal(Files.readAllLines(file).get(1).split(",")[10])).isEqualByComparingTo("1234.57");
    }
}
