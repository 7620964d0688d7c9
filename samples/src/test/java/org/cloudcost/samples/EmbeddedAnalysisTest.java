package org.cloudcost.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EmbeddedAnalysis} run as a user runs it: on the generated demo, on files, on bad input. */
class EmbeddedAnalysisTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws IOException {
        return EmbeddedAnalysis.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutFilesItAnalysesTheDemoAndWritesFindingsAndSummary() throws IOException {
        assertThat(run("out=" + tmp)).as("stderr: %s", err()).isZero();

        assertThat(tmp.resolve("input/billing.csv")).as("the demo is written first").isRegularFile();
        JsonNode summary = new ObjectMapper().readTree(tmp.resolve("summary.json").toFile());
        assertThat(summary.get("totalBilledCost").decimalValue()).isEqualByComparingTo("1800000.00");
        assertThat(summary.get("reconciliation").get("reconciled").asBoolean()).isTrue();

        List<String> csv = Files.readAllLines(tmp.resolve("findings.csv"));
        assertThat(csv.get(0)).isEqualTo(String.join(",", Findings.COLUMNS));
        assertThat(csv).hasSize(summary.get("findingCount").asInt() + 1);

        // what it prints is what it wrote
        BigDecimal printedTotal = null;
        List<String> top = new ArrayList<>();
        List<String> lines = out().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  total ")) {
                printedTotal = new BigDecimal(lines.get(i).substring(8).strip().replace(",", ""));
            }
            if (lines.get(i).equals("Top " + EmbeddedAnalysis.TOP + " findings:")) {
                top = lines.subList(i + 1, i + 1 + EmbeddedAnalysis.TOP);
            }
        }
        assertThat(printedTotal).as(out()).isNotNull()
                .isEqualByComparingTo(summary.get("totalMonthlySavings").decimalValue());
        assertThat(out()).contains("Savings per month (CNY)").contains("elastic-scaling").contains("data-lifecycle");
        assertThat(top).as(out()).hasSize(EmbeddedAnalysis.TOP).allSatisfy(l -> assertThat(l).startsWith("  "));
        String largest = csv.get(1).split(",")[2];   // ResourceId of the largest saving
        assertThat(top.get(0)).contains(largest);
        assertThat(out()).contains("Wrote " + tmp.resolve("findings.csv")).contains("Wrote " + tmp.resolve("summary.json"))
                .contains("Wrote " + tmp.resolve("report.xlsx")).contains("Wrote " + tmp.resolve("report.md"));
    }

    @Test
    void readsTheFilesItIsGiven() throws IOException {
        Path month = SharedSamples.repoRoot().resolve("samples/data/month");
        Path results = tmp.resolve("results");

        int exit = run("billing=" + month.resolve("billing.csv"), "usage=" + month.resolve("usage.csv"),
                "inventory=" + month.resolve("inventory.csv"), "storage=" + month.resolve("storage.csv"), "out=" + results);

        assertThat(exit).as("stderr: %s", err()).isZero();
        assertThat(results.resolve("input")).as("no demo when files are given").doesNotExist();
        // the hand-made month's figures, worked out in samples/data/month/README.md
        JsonNode summary = new ObjectMapper().readTree(results.resolve("summary.json").toFile());
        assertThat(summary.get("savingsByStrategy").get("elastic-scaling").decimalValue()).isEqualByComparingTo("941.99");
        assertThat(summary.get("savingsByStrategy").get("right-sizing").decimalValue()).isEqualByComparingTo("526.69");
        assertThat(Files.readString(results.resolve("findings.csv"))).contains("idle-compute,cleanup,i-idle01");
    }

    @Test
    void badInputIsOneLineNamingFileLineAndColumn() throws IOException {
        Path bill = Files.writeString(tmp.resolve("bill.csv"), Files.readAllLines(
                SharedSamples.repoRoot().resolve("samples/data/focus-small.csv")).get(0) + "\ntwelve"
                + ",x".repeat(41) + "\n");

        assertThat(run("billing=" + bill, "out=" + tmp.resolve("out"))).isEqualTo(3);

        assertThat(err().lines().toList()).singleElement().satisfies(l -> assertThat(l).startsWith(bill + ":2:"));
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void anUnknownArgumentIsAUsageError() throws IOException {
        assertThat(run("--billing", "bill.csv")).isEqualTo(2);
        assertThat(err()).contains("unknown argument \"--billing\"").contains(EmbeddedAnalysis.USAGE);
    }

    @Test
    void aConfigWithoutDataIsRefusedRatherThanIgnored() throws IOException {
        Path yaml = Files.writeString(tmp.resolve("cloudcost.yaml"), "currency: CNY\n");

        assertThat(run("config=" + yaml, "out=" + tmp.resolve("out"))).isEqualTo(2);

        assertThat(err()).startsWith("config= applies to the data files you name");
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
