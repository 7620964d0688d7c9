package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path dir;

    private CommandRun analyze(Path billing, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "analyze";
        args[1] = "--billing";
        args[2] = billing.toString();
        args[3] = "--out=" + dir.resolve("out");
        System.arraycopy(more, 0, args, 4, more.length);
        return CommandRun.of(args);
    }

    @Test
    void printsTheSpendTableAndWritesAReconciledSummary() throws Exception {
        CommandRun run = analyze(Samples.focusSmall()).assertExit(ExitCodes.OK);

        run.assertOut().startsWith("Billed spend 2026-10, CNY")
                .contains("Compute", "Databases", "Storage", "Networking", "Elastic Compute Service", "ApsaraDB RDS")
                .contains("5012345678901234", "Credit", "Tax")
                .containsPattern("Total\\s+2,070\\.18\\s+100\\.0%")
                .contains("difference 0.00 (reconciled)")
                .contains("Wrote " + dir.resolve("out").resolve("summary.json"));
        run.assertErr().isEmpty();

        JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
        assertThat(summary.get("currency").asText()).isEqualTo("CNY");
        assertThat(summary.get("billingPeriod").asText()).isEqualTo("2026-10");
        assertThat(summary.get("totalBilledCost").decimalValue()).isEqualByComparingTo("2070.18");
        JsonNode categories = summary.get("spendByServiceCategory");
        assertThat(categories.get("Compute").decimalValue()).isEqualByComparingTo("743.42");
        assertThat(categories.get("Databases").decimalValue()).isEqualByComparingTo("675.00");
        assertThat(categories.get("Networking").decimalValue()).isEqualByComparingTo("426.49");
        assertThat(categories.get("Other").decimalValue()).isEqualByComparingTo("128.50");
        assertThat(categories.get("Storage").decimalValue()).isEqualByComparingTo("96.77");
        JsonNode reconciliation = summary.get("reconciliation");
        assertThat(reconciliation.get("sourceBilledCost").decimalValue()).isEqualByComparingTo("2070.18");
        assertThat(reconciliation.get("reportedBilledCost").decimalValue()).isEqualByComparingTo("2070.18");
        assertThat(reconciliation.get("difference").decimalValue()).isEqualByComparingTo("0");
        // billing alone: the rules that need usage, inventory or storage say so, nothing is flagged
        assertThat(summary.get("totalMonthlySavings").decimalValue()).isEqualByComparingTo("0");
        assertThat(summary.get("findingCount").asInt()).isZero();
        assertThat(summary.get("notEvaluated").get("idle-compute").get("resources").get(0).get("reason").asText())
                .isEqualTo("needs usage data (--usage) and the dataset has none");
        assertThat(dir.resolve("out/findings.csv")).content().startsWith("RuleId,Strategy,ResourceId,").hasLineCount(1);
        assertThat(summary.get("dataQuality").get("linesRead").asLong()).isEqualTo(38);
        assertThat(summary.get("dataQuality").get("files").get(0).get("format").asText()).isEqualTo("focus 1.2");
    }

    @Test
    void readsUsageInventoryStorageAndTheConfigToo() throws Exception {
        Path data = Samples.focusSmall().getParent();
        Path config = data.resolve("../../cloudcost.yaml").normalize();

        CommandRun run = analyze(Samples.focusSmall(), "--usage", data.resolve("usage.csv").toString(),
                "--inventory", data.resolve("inventory.csv").toString(),
                "--storage", data.resolve("storage.csv").toString(),
                "--config", config.toString(), "--billing-format", "focus").assertExit(ExitCodes.OK);

        run.assertOut().contains("difference 0.00 (reconciled)");
        JsonNode files = JSON.readTree(dir.resolve("out/summary.json").toFile()).get("dataQuality").get("files");
        assertThat(files).as(run::toString).hasSize(4);
        assertThat(files.findValuesAsText("kind")).containsExactly("billing", "usage", "inventory", "storage");
    }

    @Test
    void anUnknownBillingFormatIsBadInputAndNamesTheKnownOnes() {
        CommandRun run = analyze(Samples.focusSmall(), "--billing-format", "no-such-format")
                .assertExit(ExitCodes.BAD_INPUT);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: error: ").contains("no-such-format", "focus");
    }

    @Test
    void aMalformedFileGivesOneLineNamingFileAndLineAndExit3() throws Exception {
        Path bad = malformedCopy();

        CommandRun run = analyze(bad).assertExit(ExitCodes.BAD_INPUT);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: error: ")
                .contains(bad.getFileName().toString() + ":5")
                .contains("BilledCost");
        run.assertErr().doesNotContain("\tat ", "Exception");
        assertThat(dir.resolve("out/summary.json")).doesNotExist();
    }

    @Test
    void debugPrintsTheStackTraceAfterTheLine() throws Exception {
        Path bad = malformedCopy();

        CommandRun run = analyze(bad, "--debug").assertExit(ExitCodes.BAD_INPUT);

        run.assertErr().startsWith("cloudcost: error: ").contains("InputException", "\tat ");
    }

    @Test
    void aMissingFileIsBadInput() {
        Path missing = dir.resolve("no-such-bill.csv");

        CommandRun run = analyze(missing).assertExit(ExitCodes.BAD_INPUT);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: error: ").contains("no-such-bill.csv");
    }

    @Test
    void anOutputFolderThatIsAFileIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "not a folder");

        CommandRun run = analyze(Samples.focusSmall()).assertExit(ExitCodes.BAD_INPUT);

        assertThat(run.errLines()).as(run::toString).singleElement().asString()
                .startsWith("cloudcost: error: cannot write to " + file);
    }

    /** The sample with a non-numeric BilledCost on line 5 (the fourth data line). */
    private Path malformedCopy() throws Exception {
        List<String> lines = Files.readAllLines(Samples.focusSmall(), StandardCharsets.UTF_8);
        String line = lines.get(4);
        lines.set(4, "twelve" + line.substring(line.indexOf(',')));
        return Files.write(dir.resolve("malformed.csv"), lines, StandardCharsets.UTF_8);
    }
}
