package org.cloudcost.samples.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's findings per strategy and per rule, against a golden file kept in review: a rule
 * change that moves the case's savings changes this file, and the diff shows by how much.
 *
 * <p>To accept a change on purpose: {@code ./mvnw -pl samples test -Dtest=CaseStudyGoldenTest
 * -Dcloudcost.updateGolden=true}, then review and commit the file's diff (and update
 * docs/case-study.md).
 */
class CaseStudyGoldenTest {
    static final String GOLDEN = "src/test/resources/org/cloudcost/samples/casestudy/demo-findings.golden.txt";

    @Test
    void theDemosFindingsAreTheReviewedOnes(@TempDir Path dir) throws IOException {
        AnalysisResult result = CaseStudyData.write(dir).load().analyze();
        String actual = render(result);
        Path golden = SharedSamples.repoRoot().resolve("samples").resolve(GOLDEN);
        if (Boolean.getBoolean("cloudcost.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("the golden file; create it with -Dcloudcost.updateGolden=true").exists();
        assertThat(actual).as("the demo's findings moved: if on purpose, rerun with -Dcloudcost.updateGolden=true and"
                + " review the diff of %s", GOLDEN).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    static String render(AnalysisResult result) {
        SavingsPlan plan = result.plan();
        StringBuilder out = new StringBuilder("# cloudcost demo: findings of the case-study estate (CaseStudyGoldenTest)\n");
        out.append("# key count saving-CNY/month\n");
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, BigDecimal> savings = new TreeMap<>();
        for (Finding f : plan.findings()) {
            for (String key : new String[] {"strategy " + f.strategy().id(), "rule " + f.ruleId() + " " + f.environment()}) {
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                savings.merge(key, f.estimatedMonthlySavings(), BigDecimal::add);
            }
        }
        counts.forEach((key, n) -> out.append(key).append(' ').append(n[0]).append(' ').append(money(savings.get(key)))
                .append('\n'));
        out.append("total ").append(plan.findingCount()).append(' ').append(money(plan.totalMonthlySavings())).append('\n');
        out.append("percent-of-spend ").append(plan.savingsPercent().setScale(1, RoundingMode.HALF_UP)).append('\n');
        out.append("implementation-cost ").append(plan.implementationCost().map(CaseStudyGoldenTest::money).orElse("none"))
                .append('\n');
        out.append("roi-multiple ").append(plan.roiMultiple().map(r -> r.setScale(1, RoundingMode.HALF_UP).toPlainString())
                .orElse("none")).append('\n');
        return out.toString();
    }

    private static String money(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
