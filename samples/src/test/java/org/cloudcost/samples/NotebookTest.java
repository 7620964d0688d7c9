package org.cloudcost.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code samples/notebook/cost-review.jsh} non-interactively, snippet by snippet, in a real
 * JShell on the test class path (what {@code cloudcost.jar} holds): every snippet must succeed,
 * and each cell must print what it promises. The notebook writes into
 * {@code java.io.tmpdir/cloudcost-notebook}; here that is a temporary folder.
 */
class NotebookTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern HOUR_ROW = Pattern.compile("(?m)^\\s*(\\d{1,2})\\s+(\\d+\\.\\d)\\s+(\\d+\\.\\d)\\s*$");
    private static final Pattern LIFECYCLE = Pattern.compile(
            "data-lifecycle: ([\\d,.]+) with archiveAfterDays 90, ([\\d,.]+) with 180");

    @TempDir
    static Path tmp;
    private static Path notebook;
    private static JShellRun run;

    @BeforeAll
    static void runTheNotebook() throws IOException {
        notebook = SharedSamples.repoRoot().resolve("samples/notebook/cost-review.jsh");
        run = JShellRun.of(Files.readString(notebook), "-Djava.io.tmpdir=" + tmp);
    }

    @Test
    void everySnippetRunsAndTheFileEndsTheSession() throws IOException {
        assertThat(run.problems()).as("output:%n%s", run.output()).isEmpty();
        assertThat(run.unfinished()).as("an unfinished snippet at the end").isBlank();
        assertThat(run.snippets()).as("snippets evaluated").isGreaterThan(30);
        List<String> lines = Files.readAllLines(notebook).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines.get(lines.size() - 1)).as("the last line, so `jshell file` returns to the shell").isEqualTo("/exit");
    }

    @Test
    void printsTheSpendByCategoryReconciledToTheGeneratedBill() {
        assertThat(run.output())
                .containsPattern("Compute\\s+850,000\\.00 CNY")
                .containsPattern("Total\\s+1,800,000\\.00 CNY\\s+\\(reconciled with the bill\\)");
        assertThat(tmp.resolve("cloudcost-notebook/input/billing.csv")).isRegularFile();
    }

    @Test
    void printsTheIdleAndTheBusyInstanceHourByHour() {
        assertThat(run.output()).contains("i-legacy-prod-01").contains("i-web-prod-01").contains("(Asia/Shanghai)");
        Matcher m = HOUR_ROW.matcher(run.output());
        List<Integer> hours = new ArrayList<>();
        double idleMax = 0;
        double busyMax = 0;
        while (m.find()) {
            hours.add(Integer.parseInt(m.group(1)));
            idleMax = Math.max(idleMax, Double.parseDouble(m.group(2)));
            busyMax = Math.max(busyMax, Double.parseDouble(m.group(3)));
        }
        assertThat(hours).as("one row per hour of day").containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 24).boxed().toList());
        assertThat(idleMax).as("the idle instance's busiest hour").isLessThan(5);
        assertThat(busyMax).as("the web instance's busiest hour").isGreaterThan(4 * idleMax);
    }

    @Test
    void archivingLaterSavesLess() {
        Matcher m = LIFECYCLE.matcher(run.output());
        assertThat(m.find()).as("output:%n%s", run.output()).isTrue();
        BigDecimal at90 = new BigDecimal(m.group(1).replace(",", ""));
        BigDecimal at180 = new BigDecimal(m.group(2).replace(",", ""));
        assertThat(at180).as("groups 90–180 days old are no longer archived").isLessThan(at90).isPositive();
        assertThat(run.output()).containsPattern("total saving: +[\\d,.]+ with archiveAfterDays 90, [\\d,.]+ with 180");
    }

    @Test
    void printsTenFindingsLargestFirst() {
        String out = run.output();
        int start = out.indexOf("Top ten findings:");
        assertThat(start).as("output:%n%s", out).isNotNegative();
        List<String> rows = out.substring(start).lines().skip(1).takeWhile(l -> l.startsWith("  ")).toList();
        assertThat(rows).hasSize(10);
        List<BigDecimal> savings = rows.stream()
                .map(r -> new BigDecimal(r.strip().split("\\s+")[2].replace(",", ""))).toList();
        assertThat(savings).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(out).containsPattern("Findings about i-legacy-prod-01:\\R  idle-compute i-legacy-prod-01: save ");
    }

    @Test
    void savesTheChartsAndPrintsWhere() throws IOException {
        Path charts = tmp.resolve("cloudcost-notebook/charts");
        for (String name : List.of("spend-by-category.png", "savings-by-strategy.png", "cpu-heatmap.png")) {
            Path png = charts.resolve(name);
            assertThat(run.output()).contains("chart: " + png);
            assertThat(png).isRegularFile();
            byte[] head = new byte[PNG_SIGNATURE.length];
            try (var in = Files.newInputStream(png)) {
                assertThat(in.readNBytes(head, 0, head.length)).isEqualTo(head.length);
            }
            assertThat(head).as(name + " is a PNG").isEqualTo(PNG_SIGNATURE);
        }
    }
}
