package org.cloudcost.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.report.SpendSummaries.d;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.ReadReport;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class SummaryJsonWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    private static JsonNode json(SpendSummary spend) throws Exception {
        return parse(SummaryJsonWriter.toJson(spend, SpendSummaries.readReport()));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void writesTheSpendKeysInAStableOrder() throws Exception {
        JsonNode json = json(SpendSummaries.cny());

        assertThat(keys(json)).containsExactly("currency", "billingPeriod", "totalBilledCost", "totalEffectiveCost",
                "totalListCost", "spendByServiceCategory", "spendByService", "spendBySubAccount",
                "spendByChargeCategory", "dailySpend", "exchangeRates", "reconciliation", "dataQuality");
        assertThat(json.get("currency").asText()).isEqualTo("CNY");
        assertThat(json.get("billingPeriod").asText()).isEqualTo("2026-10");
        assertThat(keys(json.get("spendByServiceCategory")))
                .containsExactly("Compute", "Databases", "Storage", "Networking", "Other");
        assertThat(keys(json.get("dailySpend"))).containsExactly("2026-10-01", "2026-10-02");
        assertThat(keys(json.get("spendBySubAccount"))).containsExactly("1234567890123456", "0987654321");
        assertThat(json.get("spendByService")).hasSize(12);
    }

    @Test
    void roundsMoneyToCentsHalfUpAsJsonNumbers() throws Exception {
        String text = SummaryJsonWriter.toJson(SpendSummaries.cny(), SpendSummaries.readReport());
        JsonNode json = parse(text);

        assertThat(json.get("totalBilledCost").isNumber()).isTrue();
        assertThat(json.get("totalBilledCost").decimalValue()).isEqualByComparingTo("2280.00");
        assertThat(json.get("totalEffectiveCost").decimalValue()).isEqualByComparingTo("2100.44");
        assertThat(json.get("totalListCost").decimalValue()).isEqualByComparingTo("2500.13");
        JsonNode categories = json.get("spendByServiceCategory");
        assertThat(categories.get("Compute").decimalValue()).isEqualByComparingTo("1234.57");
        assertThat(categories.get("Databases").decimalValue()).isEqualByComparingTo("800.00");
        assertThat(categories.get("Storage").decimalValue()).isEqualByComparingTo("210.13");
        assertThat(categories.get("Other").decimalValue()).isEqualByComparingTo("-20.19");
        assertThat(json.get("spendByChargeCategory").get("Credit").decimalValue()).isEqualByComparingTo("-20.00");
        // the exact decimal text, never a double's approximation or an exponent
        assertThat(text).contains("\"totalBilledCost\": 2280.00,", "\"Networking\": 55.50,", "\"Databases\": 800.00,");
        assertThat(text).doesNotContain("E+", "E-");
    }

    @Test
    void writesTheReconciliation() throws Exception {
        Reconciliation ok = Reconciliation.of(d("100.004"), d("90"), d("10"));
        JsonNode r = json(SpendSummaries.withReconciliation(SpendSummaries.cny(), ok)).get("reconciliation");

        assertThat(keys(r)).containsExactly("sourceBilledCost", "reportedBilledCost", "excludedBilledCost",
                "difference", "reconciled");
        assertThat(r.get("sourceBilledCost").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(r.get("reportedBilledCost").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(r.get("excludedBilledCost").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(r.get("difference").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(r.get("reconciled").asBoolean()).isTrue();

        Reconciliation off = Reconciliation.of(d("100"), d("90"), d("0"));
        JsonNode bad = json(SpendSummaries.withReconciliation(SpendSummaries.cny(), off)).get("reconciliation");
        assertThat(bad.get("difference").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(bad.get("reconciled").asBoolean()).isFalse();
    }

    @Test
    void neverWritesTheSavingsKeys() throws Exception {
        String text = SummaryJsonWriter.toJson(SpendSummaries.cny(), SpendSummaries.readReport());
        JsonNode json = parse(text);

        for (String key : List.of("savingsByStrategy", "totalMonthlySavings", "savingsPercent", "annualSavings",
                "implementationCost", "roiMultiple", "paybackDays", "findingCount")) {
            assertThat(json.has(key)).as(key).isFalse();
            assertThat(text).doesNotContain(key);
        }
    }

    @Test
    void writesTheDataQualityOfTheRead() throws Exception {
        ReadReport report = new ReadReport(
                List.of(new ReadReport.FileRead("a.csv", "billing", "focus", 40, 25),
                        new ReadReport.FileRead("usage.csv", "usage", "canonical-usage", 100, 80)),
                List.of(new ReadReport.SkippedLines("a.csv", "repeated header line", 1, 21, Map.of()),
                        new ReadReport.SkippedLines("a.csv", "no BilledCost", 3, 30,
                                Map.of("USD", d("1.234"), "CNY", d("5")))),
                Map.of("CNY", d("2279.9991")), Map.of("CNY", d("5")));

        JsonNode q = parse(SummaryJsonWriter.toJson(SpendSummaries.cny(), report)).get("dataQuality");

        assertThat(q.get("linesRead").asLong()).isEqualTo(140);
        assertThat(q.get("linesSkipped").asLong()).isEqualTo(4);
        assertThat(q.get("files")).hasSize(2);
        assertThat(q.get("files").get(0).get("file").asText()).isEqualTo("a.csv");
        assertThat(q.get("files").get(0).get("format").asText()).isEqualTo("focus");
        assertThat(q.get("files").get(0).get("dataLines").asLong()).isEqualTo(40);
        assertThat(q.get("files").get(1).get("kind").asText()).isEqualTo("usage");
        JsonNode skipped = q.get("skipped").get(1);
        assertThat(skipped.get("reason").asText()).isEqualTo("no BilledCost");
        assertThat(skipped.get("lines").asLong()).isEqualTo(3);
        assertThat(skipped.get("firstLine").asLong()).isEqualTo(30);
        assertThat(keys(skipped.get("billedCost"))).containsExactly("CNY", "USD");
        assertThat(skipped.get("billedCost").get("USD").decimalValue()).isEqualByComparingTo("1.23");
    }

    @Test
    void writesExchangeRatesUnrounded() throws Exception {
        JsonNode json = json(SpendSummaries.empty("CNY", Map.of("USD", d("7.1234"))));

        assertThat(json.get("exchangeRates").get("USD").decimalValue()).isEqualByComparingTo("7.1234");
    }

    @Test
    void writesAnEmptySummary() throws Exception {
        JsonNode json = parse(SummaryJsonWriter.toJson(SpendSummaries.empty("USD", Map.of()), ReadReport.empty()));

        assertThat(json.get("billingPeriod").asText()).isEmpty();
        assertThat(json.get("totalBilledCost").decimalValue()).isEqualByComparingTo("0");
        assertThat(json.get("spendByServiceCategory")).isEmpty();
        assertThat(json.get("dataQuality").get("files")).isEmpty();
    }

    @Test
    void writesPrettyPrintedUtf8ToAFileInANewFolder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/nested").resolve(SummaryJsonWriter.FILE_NAME);

        SummaryJsonWriter.write(SpendSummaries.cny(), SpendSummaries.readReport(), file);

        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"currency\": \"CNY\",\n  \"billingPeriod\": \"2026-10\",\n").endsWith("}\n");
        assertThat(text).contains("\"exchangeRates\": {},");
        assertThat(parse(text).get("currency").asText()).isEqualTo("CNY");
    }
}
