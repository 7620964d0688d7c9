package org.cloudcost.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.InputException;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.samples.customrule.ExpiredEnvironmentRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The custom-rule example: shipped as a jar with a {@code META-INF/services} entry, it is found by
 * {@link RuleRegistry#load(ClassLoader)} beside the built-in rules, and it flags what its javadoc
 * promises on a month of a few resources written here as CSV files.
 */
class CustomRuleTest {
    private static final String SERVICES = "META-INF/services/" + Rule.class.getName();
    private static final String INVENTORY_HEADER = "ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,"
            + "CreatedAt,AttachedTo,BandwidthMbps,BandwidthBilling,Tags";
    private static final String FOCUS_HEADER = "BilledCost,EffectiveCost,ListCost,BillingCurrency,BillingAccountId,"
            + "SubAccountId,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,"
            + "ServiceCategory,ServiceName,ProviderName,RegionId,ResourceId,ResourceType";
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @TempDir
    Path tmp;

    /** A jar as a user would ship it: the rule's class and the services file naming it. */
    private URLClassLoader loaderWithRulesJar() throws IOException {
        Path jar = tmp.resolve("my-rules.jar");
        String classFile = ExpiredEnvironmentRule.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             InputStream bytes = ExpiredEnvironmentRule.class.getClassLoader().getResourceAsStream(classFile)) {
            out.putNextEntry(new JarEntry(classFile));
            bytes.transferTo(out);
            out.putNextEntry(new JarEntry(SERVICES));
            out.write((ExpiredEnvironmentRule.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader());
    }

    /**
     * October 2026 on Alibaba Cloud: one instance expired three weeks before the month's end, one
     * three days before it (inside the grace), one production instance expired in September, one
     * untagged, a disk whose tag is not a date, an address expired but not billed.
     */
    private CostDataset month(CloudcostConfig config) throws IOException {
        List<String> bill = new ArrayList<>(List.of(FOCUS_HEADER));
        daily(bill, "i-demo-01", "40.00");
        daily(bill, "i-trial-02", "20.00");
        daily(bill, "i-prod-03", "50.00");
        daily(bill, "i-web-04", "30.00");
        daily(bill, "d-scratch-05", "5.00");
        Path billing = Files.write(tmp.resolve("billing.csv"), bill);
        Path inventory = Files.write(tmp.resolve("inventory.csv"), List.of(INVENTORY_HEADER,
                "i-demo-01,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,running,2026-09-01T00:00:00Z,,,,env=test;expires=2026-10-10",
                "i-trial-02,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,running,2026-09-01T00:00:00Z,,,,env=test;expires=2026-10-28",
                "i-prod-03,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,running,2026-01-01T00:00:00Z,,,,env=prod;Expires=2026-09-30",
                "i-web-04,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.large,2,8,running,2026-01-01T00:00:00Z,,,,env=prod",
                "d-scratch-05,Alibaba Cloud,disk,cn-hangzhou,cloud_essd,,,in_use,2026-09-01T00:00:00Z,i-demo-01,,,expires=next friday",
                "eip-old-06,Alibaba Cloud,ip,cn-hangzhou,,,,in-use,2026-09-01T00:00:00Z,i-demo-01,,,expires=2026-09-01"));
        return CostDataset.read().billing(billing).inventory(inventory).config(config).load();
    }

    private static void daily(List<String> bill, String resourceId, String amount) {
        for (LocalDate day = OCTOBER; day.getMonth() == OCTOBER.getMonth(); day = day.plusDays(1)) {
            String type = resourceId.startsWith("d-") ? "Disk" : "ECS Instance";
            bill.add(String.join(",", amount, amount, amount, "CNY", "acct-1", "sub-1", "2026-10-01T00:00:00Z",
                    "2026-11-01T00:00:00Z", day + "T00:00:00Z", day.plusDays(1) + "T00:00:00Z", "Usage", "Compute",
                    "Elastic Compute Service", "Alibaba Cloud", "cn-hangzhou", resourceId, type));
        }
    }

    @Test
    void aRulesJarOnTheClassPathIsFoundThroughServiceLoader() throws IOException {
        RuleRegistry withJar;
        try (URLClassLoader loader = loaderWithRulesJar()) {
            withJar = RuleRegistry.load(loader);
        }

        assertThat(withJar.ids()).contains("expired-environment", "idle-compute", "stale-storage");
        assertThat(withJar.find("expired-environment").orElseThrow().strategy()).isEqualTo(Strategy.CLEANUP);
        assertThat(RuleRegistry.load().ids()).as("the samples module must not add the example to the product's rules")
                .doesNotContain("expired-environment");
    }

    @Test
    void flagsWhatExpiredPastTheGraceAndSavesItsMonthlyCost() throws IOException {
        AnalysisResult result;
        try (URLClassLoader loader = loaderWithRulesJar()) {
            result = Analysis.of(month(CloudcostConfig.defaults())).withRules(RuleRegistry.load(loader)).run();
        }

        List<Finding> expired = result.findings().forRule("expired-environment").list();
        assertThat(expired).extracting(Finding::resourceId).containsExactlyInAnyOrder("i-demo-01", "i-prod-03");
        Finding demo = result.findings().forRule("expired-environment").forResource("i-demo-01").get(0);
        assertThat(demo.standaloneMonthlySavings()).isEqualByComparingTo(new BigDecimal("1240.00"));   // 31 × 40.00
        assertThat(demo.standaloneMonthlySavings()).isEqualByComparingTo(demo.monthlyCost());
        assertThat(demo.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(demo.reason()).isEqualTo("tagged expires=2026-10-10: expired 21 days before the last day of data, "
                + "2026-10-31 (grace 7 days); billed 1240.00 CNY/month");
        Finding prod = result.findings().forRule("expired-environment").forResource("i-prod-03").get(0);
        assertThat(prod.confidence()).as("production: confirm before deleting").isEqualTo(Confidence.MEDIUM);
        assertThat(result.plan().byStrategy().get(Strategy.CLEANUP))
                .isGreaterThanOrEqualTo(new BigDecimal("1240.00").add(new BigDecimal("1550.00")));

        assertThat(result.notEvaluated().get("expired-environment")).extracting(Skip::resourceId, Skip::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("d-scratch-05",
                                "tag expires=\"next friday\" is not a date (YYYY-MM-DD)"),
                        org.assertj.core.groups.Tuple.tuple("eip-old-06", "tagged expires=2026-09-01: expired 60 days "
                                + "before the last day of data, 2026-10-31 (grace 7 days), but it has no billed cost in "
                                + "the data: nothing to save"));
    }

    @Test
    void embeddedWithTheBuiltInRulesAndItsThresholdSetInCloudcostYaml() throws IOException {
        List<Rule> rules = new ArrayList<>(RuleRegistry.load().rules());
        rules.add(new ExpiredEnvironmentRule());
        RuleRegistry registry = RuleRegistry.of(rules);
        Path yaml = Files.writeString(tmp.resolve("cloudcost.yaml"),
                "rules:\n  expired-environment:\n    thresholds: {graceDays: 2}\n");

        CloudcostConfig config = CloudcostConfig.load(yaml, registry);
        AnalysisResult result = Analysis.of(month(config)).withRules(registry).run();

        assertThat(result.rulesRun()).contains("idle-compute", "expired-environment");
        assertThat(result.findings().forRule("expired-environment").list()).extracting(Finding::resourceId)
                .as("three days past is more than a grace of two").contains("i-trial-02");
        assertThatThrownBy(() -> CloudcostConfig.load(yaml)).as("without the rule on the class path")
                .isInstanceOf(InputException.class).hasMessageContaining("expired-environment");
    }

    @Test
    void itsThresholdIsDocumentedWithItsSource() {
        Rule rule = new ExpiredEnvironmentRule();
        assertThat(rule.thresholds()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("graceDays");
            assertThat(t.defaultValue()).isEqualTo(7);
            assertThat(t.source().toLowerCase(Locale.ROOT)).startsWith("company policy");
        });
    }
}
