package org.cloudcost.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * End to end through the CLI on the hand-made month in {@code samples/data/month/}: every
 * figure asserted here is worked out by hand in that folder's README.md from the inputs and the
 * Alibaba Cloud price catalog.
 */
class AnalyzeMonthTest {
    @TempDir
    Path out;

    private static Path month(String file) {
        Path p = Path.of("..", "samples", "data", "month", file).toAbsolutePath().normalize();
        assertThat(p).isRegularFile();
        return p;
    }

    private CommandRun analyze(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("analyze", "--no-progress",
                "--billing", month("billing.csv").toString(), "--usage", month("usage.csv").toString(),
                "--inventory", month("inventory.csv").toString(), "--storage", month("storage.csv").toString(),
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return CommandRun.of(args.toArray(String[]::new)).assertExit(0);
    }

    /** findings.csv as rule + resource → the row's columns. */
    private Map<String, Map<String, String>> findings() {
        Table t = Table.read().usingOptions(CsvReadOptions.builder(out.resolve("findings.csv").toFile())
                .columnTypesToDetect(List.of(ColumnType.STRING)).build());
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            Map<String, String> row = new HashMap<>();
            for (String c : t.columnNames()) {
                row.put(c, t.getString(r, c));
            }
            rows.put(row.get("RuleId") + " " + row.get("ResourceId"), row);
        }
        return rows;
    }

    private JsonNode summary() throws IOException {
        return new ObjectMapper().readTree(Files.readString(out.resolve("summary.json")));
    }

    private static void money(JsonNode node, String expected) {
        assertThat(node.decimalValue()).as(node.toString()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void everyFindingAndSavingIsTheOneWorkedOutByHand() throws IOException {
        analyze().assertOut().contains("Savings per month, CNY (12 findings from 11 rules)")
                .contains("Total            9,320.74").contains("ROI: not computed");

        Map<String, Map<String, String>> f = findings();
        Map<String, String[]> expected = Map.ofEntries(           // {standalone, after de-duplication}
                Map.entry("idle-compute i-idle01", new String[] {"744.00", "744.00"}),
                Map.entry("underutilized-compute i-idle01", new String[] {"372.00", "0.00"}),
                Map.entry("off-hours-compute i-test01", new String[] {"1045.14", "739.88"}),
                Map.entry("oversized-test-env i-test01", new String[] {"744.00", "526.69"}),
                Map.entry("idle-window-database rm-db01", new String[] {"202.11", "202.11"}),
                Map.entry("stale-storage shop-logs/logs/2025-01/", new String[] {"122.88", "122.88"}),
                Map.entry("stale-storage shop-logs/backups/2026-05/", new String[] {"178.18", "178.18"}),
                Map.entry("unattached-disk d-orphan01", new String[] {"62.00", "62.00"}),
                Map.entry("old-snapshot s-old01", new String[] {"31.00", "31.00"}),
                Map.entry("unused-ip eip-free01", new String[] {"14.60", "14.60"}),
                Map.entry("bandwidth-peak eip-web01", new String[] {"6699.40", "6699.40"}),
                Map.entry("hot-instance i-hot01", new String[] {"0.00", "0.00"}));
        assertThat(f.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((key, v) -> {
            assertThat(f.get(key).get("StandaloneMonthlySavings")).as(key + " standalone").isEqualTo(v[0]);
            assertThat(f.get(key).get("EstimatedMonthlySavings")).as(key + " de-duplicated").isEqualTo(v[1]);
            assertThat(f.get(key).get("Currency")).isEqualTo("CNY");
            assertThat(f.get(key).get("Reason")).as(key + " reason").isNotBlank();
        });
        assertThat(f.get("off-hours-compute i-test01").get("Action")).contains("19:00–09:00").contains("weekend");
        assertThat(f.get("oversized-test-env i-test01").get("Action")).isEqualTo("Resize ecs.g7.4xlarge to ecs.g7.2xlarge");
        assertThat(f.get("idle-compute i-idle01").get("Strategy")).isEqualTo("cleanup");
        assertThat(f.get("bandwidth-peak eip-web01").get("Action"))
                .isEqualTo("Keep 10 Mbps fixed and serve the peak above it from a CDN (about 2190 GB/month)");
        assertThat(f.get("unused-ip eip-free01").get("ServiceCategory")).isEqualTo("Networking");
        assertThat(f.keySet()).noneMatch(k -> k.contains("i-shop01") || k.contains("i-kept01") || k.contains("images/"));

        JsonNode s = summary();
        money(s.get("totalBilledCost"), "12729.00");
        money(s.get("savingsByStrategy").get("elastic-scaling"), "941.99");
        money(s.get("savingsByStrategy").get("right-sizing"), "526.69");
        money(s.get("savingsByStrategy").get("data-lifecycle"), "301.06");
        money(s.get("savingsByStrategy").get("network"), "6699.40");
        money(s.get("savingsByStrategy").get("cleanup"), "851.60");
        money(s.get("totalMonthlySavings"), "9320.74");
        money(s.get("savingsPercent"), "73.22");
        money(s.get("annualSavings"), "111848.89");
        assertThat(s.get("roiMultiple").isNull()).isTrue();
        assertThat(s.get("implementationCost").isNull()).isTrue();
        assertThat(s.get("findingCount").intValue()).isEqualTo(12);
        assertThat(s.get("ignoredResources").toString()).isEqualTo("[\"i-kept01\"]");
        assertThat(s.get("asOf").asText()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(s.get("reconciliation").get("reconciled").booleanValue()).isTrue();
    }

    @Test
    void theExampleConfigChangesTheThresholdAndGivesTheRoi() throws IOException {
        Path config = Path.of("..", "cloudcost.yaml").toAbsolutePath().normalize();
        analyze("--config", config.toString());

        assertThat(findings()).doesNotContainKey("stale-storage shop-logs/backups/2026-05/"); // archiveAfterDays 180 > 153
        JsonNode s = summary();
        money(s.get("savingsByStrategy").get("data-lifecycle"), "122.88");
        money(s.get("totalMonthlySavings"), "9142.57");
        money(s.get("implementationCost"), "31200.00");
        money(s.get("roiMultiple"), "3.5");       // 109,710.78 / 31,200 = 3.516
        money(s.get("paybackDays"), "103.8");     // 31,200 / (109,710.78 / 365) = 103.80
    }
}
