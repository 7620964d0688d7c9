package org.cloudcost.core.internal.focus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.spend.SpendSummary;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * The real FOCUS 1.0 sample (FinOps Foundation, ../shared/data) loads with all its warts, and its
 * totals match an independent computation: Tablesaw's own CSV reader (univocity) reading every
 * column as text, summed with BigDecimal.
 */
class FocusSampleTest {
    static Path sample;
    static Table independent;

    @BeforeEach
    void readIndependently() {
        sample = SharedSamples.require("focus-sample-1.0/focus_sample.csv"); // skips each test, with the reason, without ../shared
        if (independent != null) {
            return;
        }
        CsvReadOptions options = CsvReadOptions.builder(sample.toFile())
                .columnTypes(name -> ColumnType.STRING)
                .maxCharsPerColumn(100_000)
                .build();
        independent = Table.read().usingOptions(options);
    }

    private static BigDecimal sum(String column, String where, String equals) {
        BigDecimal total = BigDecimal.ZERO;
        for (int r = 0; r < independent.rowCount(); r++) {
            if (where != null && !independent.stringColumn(where).get(r).equalsIgnoreCase(equals)) {
                continue;
            }
            String v = independent.stringColumn(column).get(r);
            if (!v.isEmpty() && !v.equals("NULL")) {
                total = total.add(new BigDecimal(v));
            }
        }
        return total;
    }

    @Test
    void everyLineIsReadAndTheTotalsMatchTheIndependentSum() {
        CostDataset ds = CostDataset.read().billing(sample).load();
        assertThat(independent.rowCount()).isEqualTo(1000);
        assertThat(ds.readReport().files().get(0).dataLines()).isEqualTo(1000);
        assertThat(ds.readReport().linesSkipped()).isZero();
        assertThat(ds.readReport().files().get(0).format()).isEqualTo("focus 1.0");

        BigDecimal billed = sum("BilledCost", null, null);
        assertThat(ds.readReport().sourceBilledCost().get("USD")).isEqualByComparingTo(billed);
        SpendSummary spend = ds.spend();
        assertThat(spend.totalBilledCost().subtract(billed).abs()).isLessThan(new BigDecimal("0.000001"));
        assertThat(spend.totalEffectiveCost().subtract(sum("EffectiveCost", null, null)).abs()).isLessThan(new BigDecimal("0.000001"));
        assertThat(spend.totalListCost().subtract(sum("ListCost", null, null)).abs()).isLessThan(new BigDecimal("0.000001"));
        assertThat(spend.reconciliation().reconciled()).isTrue();
        assertThat(spend.reconciliation().difference().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("0");
        assertThat(spend.currency()).isEqualTo("USD");
        assertThat(spend.billingPeriod()).isEqualTo("2024-09..2024-10");
    }

    @Test
    void spendByCategoryMatchesTheIndependentSums() {
        SpendSummary spend = CostDataset.read().billing(sample).load().spend();
        Map<String, BigDecimal> expected = new HashMap<>();
        for (String category : independent.stringColumn("ServiceCategory").unique()) {
            expected.put(category, sum("BilledCost", "ServiceCategory", category));
        }
        assertThat(spend.byServiceCategory().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((category, amount) ->
                assertThat(spend.byServiceCategory().get(category).subtract(amount).abs())
                        .as(category).isLessThan(new BigDecimal("0.000001")));
        assertThat(spend.byChargeCategory().keySet()).containsExactlyInAnyOrder("Usage", "Adjustment", "Credit");
    }

    @Test
    void theFrameIsAggregatedAndCarriesTheTags() {
        BillingFrame billing = CostDataset.read().billing(sample).load().billing();
        // one row per distinct key per day: the independent count of distinct (day, provider,
        // accounts, categories, service, region, resource, SKU, unit, currency, env/team/app)
        java.util.Set<java.util.List<String>> keys = new java.util.HashSet<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (int r = 0; r < independent.rowCount(); r++) {
            java.util.List<String> key = new java.util.ArrayList<>();
            key.add(independent.stringColumn("ChargePeriodStart").get(r).substring(0, 10));
            for (String c : java.util.List.of("BillingPeriodStart", "ProviderName", "BillingAccountId", "SubAccountId",
                    "ChargeCategory", "ServiceCategory", "ServiceName", "RegionId", "ResourceId", "ResourceType", "SkuId",
                    "PricingUnit", "BillingCurrency")) {
                String v = independent.stringColumn(c).get(r);
                key.add(v.equals("NULL") ? "" : v.toLowerCase(java.util.Locale.ROOT));
            }
            String tags = independent.stringColumn("Tags").get(r);
            try {
                var node = tags.isEmpty() || tags.equals("NULL") ? json.createObjectNode() : json.readTree(tags);
                key.add(node.path("env").asText(node.path("environment").asText(node.path("stage").asText(""))));
                key.add(node.path("team").asText(node.path("owner").asText("")));
                key.add(node.path("app").asText(node.path("application").asText(node.path("service").asText(""))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            keys.add(key);
        }
        assertThat(billing.rowCount()).isEqualTo(keys.size());
        // "environment" feeds env, "application" feeds app
        assertThat(billing.table().stringColumn("env").asSet()).contains("dev");
        assertThat(billing.table().stringColumn("app").countUnique()).isGreaterThan(1);
        // ids stay text: no numeric inference for accounts
        assertThat(billing.table().stringColumn(BillingFrame.BILLING_ACCOUNT_ID).asSet())
                .containsExactlyInAnyOrderElementsOf(independent.stringColumn("BillingAccountId").asSet());
    }
}
