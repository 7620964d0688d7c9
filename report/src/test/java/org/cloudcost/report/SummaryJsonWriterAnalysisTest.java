package org.cloudcost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.CloudcostConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** summary.json of a real analysis (see {@link TestAnalyses} for the figures). */
class SummaryJsonWriterAnalysisTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The savings keys FORMATS.md §3 names, in its order. */
    private static final List<String> FORMATS_SAVINGS_KEYS = List.of("savingsByStrategy", "totalMonthlySavings",
            "savingsPercent", "annualSavings", "implementationCost", "roiMultiple", "paybackDays", "findingCount");

    @TempDir
    Path dir;

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private JsonNode json(CloudcostConfig config) throws Exception {
        CostDataset dataset = TestAnalyses.dataset(dir, config);
        AnalysisResult result = TestAnalyses.run(dir, config);
        return MAPPER.readTree(SummaryJsonWriter.toJson(result, dataset.readReport()));
    }

    @Test
    void writesEveryKeyInTheDocumentedOrder() throws Exception {
        JsonNode json = json(TestAnalyses.WITH_EFFORT);

        assertThat(keys(json)).containsExactly("currency", "billingPeriod", "totalBilledCost", "totalEffectiveCost",
                "totalListCost", "spendByServiceCategory", "spendByService", "spendBySubAccount", "spendByChargeCategory",
                "dailySpend", "exchangeRates",
                "savingsByStrategy", "totalMonthlySavings", "savingsPercent", "annualSavings", "implementationCost",
                "roiMultiple", "paybackDays", "findingCount",
                "totalEffectiveMonthlySavings", "savingsByServiceCategory", "savingsByEnvironment", "savingsByAccount",
                "implementationCostByStrategy", "forecast", "monthScale", "asOf", "rulesRun", "rulesDisabled",
                "ignoredResources", "notEvaluated",
                "reconciliation", "dataQuality");
        List<String> all = keys(json);
        assertThat(all.subList(all.indexOf("savingsByStrategy"), all.indexOf("savingsByStrategy") + 8))
                .containsExactlyElementsOf(FORMATS_SAVINGS_KEYS);
    }

    @Test
    void savingsByStrategyHasEveryStrategyThatSavesEvenAtZero() throws Exception {
        JsonNode by = json(TestAnalyses.WITH_EFFORT).get("savingsByStrategy");

        assertThat(keys(by)).containsExactly("elastic-scaling", "right-sizing", "data-lifecycle", "network", "cleanup");
        assertThat(by.get("elastic-scaling").decimalValue()).isEqualByComparingTo("120.56");
        assertThat(by.get("right-sizing").decimalValue()).isEqualByComparingTo("96.44");
        assertThat(by.get("data-lifecycle").decimalValue()).isEqualByComparingTo("0");
        assertThat(by.get("network").decimalValue()).isEqualByComparingTo("0");
        assertThat(by.get("cleanup").decimalValue()).isEqualByComparingTo("620.00");
        assertThat(by.get("data-lifecycle").isNumber()).isTrue();
    }

    @Test
    void writesTheHandComputedTotalsAndRoi() throws Exception {
        String text = SummaryJsonWriter.toJson(TestAnalyses.run(dir, TestAnalyses.WITH_EFFORT),
                TestAnalyses.dataset(dir, TestAnalyses.WITH_EFFORT).readReport());
        JsonNode json = MAPPER.readTree(text);

        assertThat(json.get("totalBilledCost").decimalValue()).isEqualByComparingTo("961.00");
        // 217.00 (i-1, two strategies multiplied) + 620.00 (db-1, cleanup)
        assertThat(json.get("totalMonthlySavings").decimalValue()).isEqualByComparingTo("837.00");
        // 837 / 961 = 87.0967… %
        assertThat(json.get("savingsPercent").decimalValue()).isEqualByComparingTo("87.10");
        assertThat(json.get("annualSavings").decimalValue()).isEqualByComparingTo("10044.00");
        // right-sizing 800 + cleanup 1,500; network has effort but no saving, elastic-scaling a saving but no effort
        assertThat(json.get("implementationCost").decimalValue()).isEqualByComparingTo("2300.00");
        // 10,044 / 2,300 = 4.366…
        assertThat(json.get("roiMultiple").decimalValue()).isEqualByComparingTo("4.4");
        // 2,300 / (10,044 / 365) = 83.58…
        assertThat(json.get("paybackDays").decimalValue()).isEqualByComparingTo("83.6");
        // 2 on i-1, cleanup and capacity risk on db-1
        assertThat(json.get("findingCount").asInt()).isEqualTo(4);
        assertThat(json.get("totalEffectiveMonthlySavings").decimalValue()).isEqualByComparingTo("837.00");
        assertThat(text).contains("\"totalMonthlySavings\": 837.00,", "\"savingsPercent\": 87.10,",
                "\"roiMultiple\": 4.4,", "\"paybackDays\": 83.6,", "\"annualSavings\": 10044.00,");
        assertThat(text).doesNotContain("E+", "E-");

        JsonNode costs = json.get("implementationCostByStrategy");
        assertThat(keys(costs)).containsExactly("right-sizing", "cleanup");
        assertThat(costs.get("right-sizing").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(costs.get("cleanup").decimalValue()).isEqualByComparingTo("1500.00");
    }

    @Test
    void withoutEffortTheRoiIsNullNeverZero() throws Exception {
        String text = SummaryJsonWriter.toJson(TestAnalyses.run(dir, CloudcostConfig.defaults()),
                TestAnalyses.dataset(dir, CloudcostConfig.defaults()).readReport());
        JsonNode json = MAPPER.readTree(text);

        assertThat(json.has("implementationCost")).isTrue();
        assertThat(json.get("implementationCost").isNull()).isTrue();
        assertThat(json.get("roiMultiple").isNull()).isTrue();
        assertThat(json.get("paybackDays").isNull()).isTrue();
        assertThat(json.get("implementationCostByStrategy")).isEmpty();
        assertThat(text).contains("\"implementationCost\": null,", "\"roiMultiple\": null,", "\"paybackDays\": null,");
        // the savings themselves do not depend on the effort
        assertThat(json.get("totalMonthlySavings").decimalValue()).isEqualByComparingTo("837.00");
        assertThat(json.get("findingCount").asInt()).isEqualTo(4);
    }

    @Test
    void writesTheRollUpsLargestFirst() throws Exception {
        JsonNode json = json(TestAnalyses.WITH_EFFORT);

        JsonNode categories = json.get("savingsByServiceCategory");
        assertThat(keys(categories)).containsExactly("Databases", "Compute");
        assertThat(categories.get("Databases").decimalValue()).isEqualByComparingTo("620.00");
        assertThat(categories.get("Compute").decimalValue()).isEqualByComparingTo("217.00");
        JsonNode environments = json.get("savingsByEnvironment");
        assertThat(keys(environments)).containsExactly("prod", "test");
        assertThat(environments.get("test").decimalValue()).isEqualByComparingTo("217.00");
        JsonNode accounts = json.get("savingsByAccount");
        assertThat(keys(accounts)).containsExactly("sub-b", "sub-a");
        assertThat(accounts.get("sub-a").decimalValue()).isEqualByComparingTo("217.00");
    }

    @Test
    void writesTheRunsRulesIgnoredResourcesAndWhatWasNotEvaluated() throws Exception {
        JsonNode json = json(TestAnalyses.WITH_EFFORT);

        assertThat(json.get("rulesRun")).extracting(JsonNode::asText)
                .containsExactly("test-schedule", "test-shrink", "test-cleanup", "test-risk", "test-archive");
        assertThat(json.get("rulesDisabled")).extracting(JsonNode::asText).containsExactly("test-off");
        assertThat(json.get("ignoredResources")).extracting(JsonNode::asText).containsExactly("i-ign");
        assertThat(json.get("monthScale").decimalValue()).isEqualByComparingTo("1");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-11-01T00:00:00Z");

        JsonNode notEvaluated = json.get("notEvaluated");
        assertThat(keys(notEvaluated)).containsExactly("test-shrink", "test-archive");
        JsonNode shrink = notEvaluated.get("test-shrink");
        assertThat(keys(shrink)).containsExactly("count", "resources");
        assertThat(shrink.get("count").asInt()).isEqualTo(1);
        assertThat(shrink.get("resources")).hasSize(1);
        assertThat(keys(shrink.get("resources").get(0))).containsExactly("resourceId", "reason");
        assertThat(shrink.get("resources").get(0).get("resourceId").asText()).isEqualTo("db-1");
        assertThat(shrink.get("resources").get(0).get("reason").asText()).isEqualTo("no cpu_percent rows");
        JsonNode archive = notEvaluated.get("test-archive");
        assertThat(archive.get("count").asInt()).isEqualTo(1);
        assertThat(archive.get("resources").get(0).get("resourceId").asText()).isEqualTo("*");
        assertThat(archive.get("resources").get(0).get("reason").asText()).contains("storage", "--storage");
    }

    @Test
    void writesNextMonthsForecastPerCategoryAndInTotal() throws Exception {
        String text = SummaryJsonWriter.toJson(TestAnalyses.run(dir, TestAnalyses.WITH_EFFORT),
                TestAnalyses.dataset(dir, TestAnalyses.WITH_EFFORT).readReport());
        JsonNode forecast = MAPPER.readTree(text).get("forecast");

        assertThat(keys(forecast)).containsExactlyInAnyOrder("Compute", "Databases", "Total");
        assertThat(keys(forecast).get(2)).isEqualTo("Total");
        JsonNode total = forecast.get("Total");
        assertThat(keys(total)).containsExactly("month", "expected", "low", "high", "method", "daysUsed");
        assertThat(total.get("month").asText()).isEqualTo("2026-11");
        assertThat(total.get("daysUsed").asInt()).isEqualTo(31);
        // 31.00 a day, every day: November's 30 days cost 930.00
        assertThat(total.get("expected").decimalValue().doubleValue()).isCloseTo(930.00, within(0.011));
        assertThat(total.get("low").decimalValue()).isLessThanOrEqualTo(total.get("expected").decimalValue());
        assertThat(total.get("high").decimalValue()).isGreaterThanOrEqualTo(total.get("expected").decimalValue());
        assertThat(forecast.get("Databases").get("expected").decimalValue().doubleValue()).isCloseTo(600.00, within(0.011));
        // money in cents, as written
        assertThat(text).containsPattern("\"expected\": \\d+\\.\\d{2},");
    }

    @Test
    void theAnalysisNotesGoToDataQuality() throws Exception {
        JsonNode quality = json(TestAnalyses.WITH_EFFORT).get("dataQuality");

        // the test runs without price catalogs, so Alibaba Cloud has none
        assertThat(quality.get("notes")).extracting(JsonNode::asText)
                .anySatisfy(n -> assertThat(n).contains("no price catalog", "Alibaba Cloud"));
        assertThat(quality.get("files")).extracting(f -> f.get("kind").asText()).contains("billing", "inventory");
    }

    @Test
    void theSpendOnlySummaryStillHasNoSavingsKeys(@TempDir Path other) throws Exception {
        CostDataset dataset = TestAnalyses.dataset(dir, TestAnalyses.WITH_EFFORT);

        String text = SummaryJsonWriter.toJson(dataset.spend(), dataset.readReport());
        JsonNode json = MAPPER.readTree(text);

        for (String key : List.of("savingsByStrategy", "totalMonthlySavings", "savingsPercent", "annualSavings",
                "implementationCost", "roiMultiple", "paybackDays", "findingCount", "forecast", "notEvaluated",
                "rulesRun", "monthScale")) {
            assertThat(json.has(key)).as(key).isFalse();
        }
        assertThat(json.get("dataQuality").has("notes")).isFalse();
        assertThat(json.get("totalBilledCost").decimalValue()).isEqualByComparingTo("961.00");
        // the file overload writes the same text as toJson
        Path file = SummaryJsonWriter.write(dataset.spend(), dataset.readReport(), other.resolve("s.json"));
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    @Test
    void theFileOverloadWritesTheAnalysisText(@TempDir Path other) throws Exception {
        CostDataset dataset = TestAnalyses.dataset(dir, TestAnalyses.WITH_EFFORT);
        AnalysisResult result = TestAnalyses.run(dir, TestAnalyses.WITH_EFFORT);

        Path file = SummaryJsonWriter.write(result, dataset.readReport(), other.resolve("x/y").resolve(SummaryJsonWriter.FILE_NAME));

        String text = Files.readString(file);
        assertThat(text).isEqualTo(SummaryJsonWriter.toJson(result, dataset.readReport()));
        assertThat(text).startsWith("{\n  \"currency\": \"CNY\",").endsWith("}\n");
        assertThat(new BigDecimal(MAPPER.readTree(text).get("totalMonthlySavings").asText()))
                .isEqualByComparingTo("837.00");
    }
}
