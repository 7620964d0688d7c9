package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.rules.Findings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** findings.csv and summary.json of {@code analyze} on every sample file agree with each other and with FORMATS.md §3. */
class AnalyzeOutputFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private CommandRun analyzeAllSamples() {
        Path data = Samples.focusSmall().getParent();
        return CommandRun.of("analyze", "--billing", Samples.focusSmall().toString(),
                "--usage", data.resolve("usage.csv").toString(),
                "--inventory", data.resolve("inventory.csv").toString(),
                "--storage", data.resolve("storage.csv").toString(),
                "--out=" + dir.resolve("out"), "--no-progress").assertExit(ExitCodes.OK);
    }

    private Table findings() {
        // every column as text: the money is compared as decimals, ids keep their leading zeros
        return Table.read().usingOptions(CsvReadOptions.builder(dir.resolve("out/findings.csv").toFile())
                .columnTypesToDetect(List.of(ColumnType.STRING)));
    }

    @Test
    void findingsCsvAndSummaryJsonAgree() throws Exception {
        CommandRun run = analyzeAllSamples();
        JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
        Table findings = findings();

        assertThat(findings.columnNames()).as(run::toString).containsExactlyElementsOf(Findings.COLUMNS);
        assertThat(findings.rowCount()).as(run::toString).isPositive().isEqualTo(summary.get("findingCount").asInt());
        BigDecimal sum = BigDecimal.ZERO;
        for (Row r : findings) {
            sum = sum.add(new BigDecimal(r.getString("EstimatedMonthlySavings")));
        }
        // each row is rounded to cents on its own: the sum may be off by half a cent a row
        BigDecimal total = summary.get("totalMonthlySavings").decimalValue();
        assertThat(sum.subtract(total).abs()).as(run::toString)
                .isLessThanOrEqualTo(new BigDecimal("0.005").multiply(BigDecimal.valueOf(findings.rowCount())));
        JsonNode byStrategy = summary.get("savingsByStrategy");
        BigDecimal strategies = BigDecimal.ZERO;
        for (JsonNode v : byStrategy) {
            strategies = strategies.add(v.decimalValue());
        }
        assertThat(strategies.subtract(total).abs()).isLessThanOrEqualTo(new BigDecimal("0.03"));
    }

    @Test
    void noResourceSavesMoreThanItCosts() {
        analyzeAllSamples();
        Table findings = findings();
        assertThat(findings.rowCount()).isPositive();

        Map<String, BigDecimal> saved = new HashMap<>();
        Map<String, BigDecimal> cost = new HashMap<>();
        for (Row r : findings) {
            String id = r.getString("ResourceId");
            BigDecimal estimated = new BigDecimal(r.getString("EstimatedMonthlySavings"));
            BigDecimal standalone = new BigDecimal(r.getString("StandaloneMonthlySavings"));
            BigDecimal monthly = new BigDecimal(r.getString("MonthlyCost"));
            assertThat(estimated).as(id).isLessThanOrEqualTo(standalone).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(r.getString("Strategy")).isIn("elastic-scaling", "right-sizing", "data-lifecycle", "network",
                    "cleanup", "capacity-risk");
            assertThat(r.getString("Confidence")).isIn("HIGH", "MEDIUM", "LOW");
            assertThat(r.getString("Currency")).isEqualTo("CNY");
            saved.merge(id, estimated, BigDecimal::add);
            cost.merge(id, monthly, BigDecimal::max);
        }
        saved.forEach((id, s) -> assertThat(s).as(id).isLessThanOrEqualTo(cost.get(id).add(new BigDecimal("0.01"))));
    }

    @Test
    void printsTheSavingsTableAfterTheSpend() {
        CommandRun run = analyzeAllSamples();

        run.assertOut().containsPattern("Savings per month, CNY \\(\\d+ findings from 11 rules\\)")
                .containsPattern("(?m)^  Total\\s+[0-9,]+\\.\\d\\d\\s+")
                .contains("Annual saving ", "Wrote " + dir.resolve("out").resolve("findings.csv"));
        // without --config there is no effort, so no ROI
        run.assertOut().contains("ROI: not computed");
        assertThat(run.out().indexOf("Savings per month")).as(run::toString).isGreaterThan(0);
    }
}
