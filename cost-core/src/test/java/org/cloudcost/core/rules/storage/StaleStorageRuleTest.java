package org.cloudcost.core.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleFixture;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.StorageGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Buckets billed through October, so the analysis date is 2026-11-01T00:00Z. Alibaba catalog:
 * Standard 0.12, Archive 0.033 CNY/GB-month, Archive minimum 60 days, transition 0.1 per 1,000.
 */
class StaleStorageRuleTest {
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    private static Price price(String key, String value, String unit) {
        return new Price(key, new BigDecimal(value), unit, "test", "2026-11-01", "", List.of());
    }

    private static PriceCatalog aliyun(boolean withArchivePrice) {
        Map<String, Price> p = new LinkedHashMap<>();
        p.put("storage.Standard.gbMonth", price("storage.Standard.gbMonth", "0.12", "CNY/GB-month"));
        p.put("storage.IA.gbMonth", price("storage.IA.gbMonth", "0.08", "CNY/GB-month"));
        if (withArchivePrice) {
            p.put("storage.Archive.gbMonth", price("storage.Archive.gbMonth", "0.033", "CNY/GB-month"));
        }
        p.put("storage.Archive.minDays", price("storage.Archive.minDays", "60", "days"));
        p.put("storage.Archive.transitionPer1k", price("storage.Archive.transitionPer1k", "0.1", "CNY/1000 requests"));
        return new PriceCatalog("Alibaba Cloud", List.of("Aliyun"), "CNY", "cn-hangzhou", p, List.of(),
                Map.of("hot", List.of("Standard"), "infrequent", List.of("IA"), "archive", List.of("Archive")));
    }

    private static PriceCatalog aws() {
        Map<String, Price> p = new LinkedHashMap<>();
        p.put("storage.STANDARD.gbMonth", price("storage.STANDARD.gbMonth", "0.023", "USD/GB-month"));
        p.put("storage.GLACIER.gbMonth", price("storage.GLACIER.gbMonth", "0.0036", "USD/GB-month"));
        return new PriceCatalog("AWS", List.of(), "USD", "us-east-1", p, List.of(),
                Map.of("hot", List.of("STANDARD"), "archive", List.of("GLACIER")));
    }

    /** The bucket {@code data-bucket}, billed and inventoried, with the Alibaba catalog. */
    private RuleFixture bucket(String tags) {
        return RuleFixture.in(dir)
                .dailyCost("data-bucket", "Storage", "Object Storage Service", "Bucket", 10, OCT_1, 31)
                .inventory("data-bucket,Alibaba Cloud,bucket,cn-shanghai,,,,,,,,," + tags)
                .catalogs(PriceCatalogs.of(List.of(aliyun(true))));
    }

    private static String group(String bucket, String prefix, String storageClass, long gib, long objects, String modified,
                                String accessed) {
        return String.join(",", bucket, prefix, storageClass, String.valueOf(gib * GIB), String.valueOf(objects), modified,
                accessed);
    }

    @Test
    void oldHotDataIsArchivedAndTheTransitionFeeIsStatedAsOneOff() {
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("env=prod")
                .storage(group("data-bucket", "exports/", "Standard", 1000, 5000, "2026-07-01T00:00:00Z", "2026-07-15T00:00:00Z"))
                .context());
        assertThat(out.skips()).isEmpty();
        Finding f = out.findings().get(0);
        assertThat(f.resourceId()).isEqualTo("data-bucket/exports/");
        assertThat(f.resourceType()).isEqualTo("bucket");
        assertThat(f.serviceCategory()).isEqualTo("Storage");
        assertThat(f.serviceName()).isEqualTo("Object Storage Service");
        assertThat(f.regionId()).isEqualTo("cn-shanghai");
        assertThat(f.environment()).isEqualTo("prod");
        assertThat(f.monthlyCost()).isEqualByComparingTo("120"); // 1000 GB × 0.12, the catalog price, not the bill's 310
        assertThat(f.standaloneMonthlySavings()).isEqualByComparingTo("87"); // 1000 × (0.12 − 0.033)
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(f.action()).isEqualTo("Add a lifecycle rule moving data-bucket/exports/ from Standard to Archive after 90 days");
        assertThat(f.reason())
                .contains("123 days before 2026-11-01 (threshold 90 days)")
                .contains("last read 109 days ago")
                .contains("one-off transition fee 5000 objects / 1000 × 0.1 = 0.50 CNY (once, not monthly)")
                .contains("since the bucket's bill mixes storage with requests and traffic");
    }

    @Test
    void logsPastAYearAreDeletedAndYoungerLogsArchived() {
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("")
                .storage(group("data-bucket", "logs/2025/", "Standard", 2000, 100, "2025-09-01T00:00:00Z", ""))
                .storage(group("data-bucket", "logs/2026/", "Standard", 100, 100, "2026-04-15T00:00:00Z", ""))
                .context());
        assertThat(out.findings()).extracting(Finding::resourceId, f -> f.standaloneMonthlySavings().doubleValue())
                .containsExactly(
                        tuple("data-bucket/logs/2025/", 240.0),   // 2000 × 0.12: deleted, all of it
                        tuple("data-bucket/logs/2026/", 8.7));    // 100 × (0.12 − 0.033): 200 days, archived
        Finding delete = out.findings().get(0);
        assertThat(delete.action()).startsWith("Delete data-bucket/logs/2025/ once the retention policy allows");
        assertThat(delete.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(delete.reason()).contains("426 days before 2026-11-01 (threshold 365 days for logs and backups: the name has \"logs\")");
        assertThat(out.findings().get(1).confidence()).isEqualTo(Confidence.MEDIUM); // last access unknown
    }

    @Test
    void ninetyDaysExactlyIsArchivedEightyNineIsNot() {
        // 2026-11-01T00:00Z − 90 days = 2026-08-03T00:00Z; archiveAfterDays is inclusive
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("")
                .storage(group("data-bucket", "at/", "Standard", 10, 10, "2026-08-03T00:00:00Z", ""))
                .storage(group("data-bucket", "under/", "Standard", 10, 10, "2026-08-04T00:00:00Z", ""))
                .context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("data-bucket/at/");
    }

    @Test
    void recentReadsWithinTheArchiveMinimumDurationSkipArchiving() {
        // read 47 days ago: past recentAccessDays 30 but within Archive's 60-day minimum
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("")
                .storage(group("data-bucket", "reports/", "Standard", 10, 10, "2026-06-01T00:00:00Z", "2026-09-15T00:00:00Z"))
                .storage(group("data-bucket", "old/", "Standard", 10, 10, "2026-06-01T00:00:00Z", "2026-09-02T00:00:00Z"))
                .context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("data-bucket/old/"); // read 60 days ago
        assertThat(out.skips()).singleElement().satisfies(s -> {
            assertThat(s.resourceId()).isEqualTo("data-bucket/reports/");
            assertThat(s.reason()).startsWith("last read 47 days ago, within 60 days").contains("retrieval fees");
        });
    }

    @Test
    void colderClassesAreNotArchivedAgain() {
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("")
                .storage(group("data-bucket", "media/", "IA", 10, 10, "2025-01-01T00:00:00Z", ""))
                .context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void manySmallObjectsMakeTheTransitionFeeALowConfidenceFinding() {
        // 1 GB in 10 million objects: fee 10,000,000 / 1000 × 0.1 = 1000 CNY once, against 0.087 CNY/month saved
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("")
                .storage(group("data-bucket", "thumbs/", "Standard", 1, 10_000_000, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
                .context());
        assertThat(out.findings()).singleElement().satisfies(f -> {
            assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(0.087, within(1e-12));
            assertThat(f.confidence()).isEqualTo(Confidence.LOW);
            assertThat(f.reason()).contains("= 1000.00 CNY (once, not monthly)");
        });
    }

    @Test
    void aBucketNobodyBillsIsPricedByTheCatalogThatSpellsItsClass() {
        // storage only: the analysis date is the newest modification (2026-11-01), the currency the catalog's
        RuleOutcome out = new StaleStorageRule().evaluate(RuleFixture.in(dir)
                .storage(group("s3-bucket", "exports/", "STANDARD", 1000, 10, "2026-07-01T00:00:00Z", ""))
                .storage(group("oss-bucket", "exports/", "Standard", 1000, 10, "2026-07-01T00:00:00Z", ""))
                .storage(group("other", "x/", "COLDLINE", 1000, 10, "2026-07-01T00:00:00Z", ""))
                .storage(group("fresh", "", "STANDARD", 1, 1, "2026-11-01T00:00:00Z", ""))
                .catalogs(PriceCatalogs.of(List.of(aliyun(true), aws()))).context());
        assertThat(out.findings()).extracting(Finding::resourceId, Finding::currency,
                        f -> f.standaloneMonthlySavings().doubleValue())
                .containsExactly(
                        tuple("s3-bucket/exports/", "USD", 19.4),        // 1000 × (0.023 − 0.0036)
                        tuple("oss-bucket/exports/", "CNY", 87.0));
        assertThat(out.findings().get(0).regionId()).isEmpty();
        assertThat(out.skips()).extracting(Skip::resourceId, Skip::reason).containsExactly(tuple("other/x/",
                "bucket \"other\" is in neither the bill nor the inventory, and no price catalog spells storage class \"COLDLINE\""));
    }

    @Test
    void aMissingArchivePriceIsASkipNamingTheKey() {
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("")
                .storage(group("data-bucket", "exports/", "Standard", 10, 10, "2026-01-01T00:00:00Z", ""))
                .catalogs(PriceCatalogs.of(List.of(aliyun(false)))).context());
        assertThat(out.skips()).extracting(Skip::reason).containsExactly(
                "no price storage.Archive.gbMonth in the Alibaba Cloud catalog");
    }

    @Test
    void anUnknownObjectCountIsSaidToBeUnknownNotPricedAsANegativeFee() {
        // ObjectCount left empty: the reader keeps it missing, which is not a count of objects
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("env=prod")
                .storage("data-bucket,exports/,Standard," + 1000 * GIB + ",,2026-07-01T00:00:00Z,")
                .context());
        Finding f = out.findings().get(0);
        assertThat(f.standaloneMonthlySavings()).isEqualByComparingTo("87"); // 1000 × (0.12 − 0.033)
        assertThat(f.reason()).contains("1000.0 GB (object count unknown) in Standard")
                .contains("object count unknown, so the one-off transition fee is not estimated")
                .doesNotContain("-9223372036854775808");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM); // last access unknown; no fee to weigh
    }

    @Test
    void aSizeThatIsNotAFiniteNumberIsASkipNotACrash() {
        // the CSV reader refuses such a size, but a RuleContext of an embedding tool may hand over any StorageGroup
        RuleContext real = bucket("env=prod")
                .storage(group("data-bucket", "exports/", "Standard", 1, 1, "2026-07-01T00:00:00Z", "")).context();
        StorageGroup nan = new StorageGroup("data-bucket", "exports/", "Standard", Double.NaN, 1,
                java.time.Instant.parse("2026-07-01T00:00:00Z"), null, real.resource("data-bucket"));
        RuleContext odd = (RuleContext) java.lang.reflect.Proxy.newProxyInstance(RuleContext.class.getClassLoader(),
                new Class<?>[] {RuleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("storageGroups")) {
                        return List.of(nan);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        RuleOutcome out = new StaleStorageRule().evaluate(odd);
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).extracting(Skip::reason).containsExactly("SizeBytes NaN is not a size");
    }

    @Test
    void withoutStorageDataTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = bucket("");
        AnalysisResult result = Analysis.of(f.dataset()).withRules(RuleRegistry.of(List.of(new StaleStorageRule())))
                .withCatalogs(PriceCatalogs.of(List.of(aliyun(true)))).run();
        assertThat(result.skips()).containsExactly(
                new Skip("stale-storage", Skip.ALL, "needs storage data (--storage) and the dataset has none"));
        assertThat(result.findings().isEmpty()).isTrue();
        // called directly, the rule does not check its inputs: without storage groups there is nothing to judge
        RuleOutcome out = new StaleStorageRule().evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void theIgnoreTagOnTheBucketSilencesItsGroups() {
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("env=prod;cloudcost:ignore=true")
                .storage(group("data-bucket", "logs/", "Standard", 10, 10, "2024-01-01T00:00:00Z", ""))
                .context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void theBucketsEnvironmentThresholdsApply() {
        // 123 days old: the test environment archives after 200 days only
        RuleOutcome out = new StaleStorageRule().evaluate(bucket("env=test")
                .storage(group("data-bucket", "exports/", "Standard", 10, 10, "2026-07-01T00:00:00Z", ""))
                .config(CloudcostConfig.defaults().withRule("stale-storage",
                        RuleSettings.defaults().withEnvironmentThreshold("test", "archiveAfterDays", 200)))
                .context());
        assertThat(out.findings()).isEmpty();
    }
}
