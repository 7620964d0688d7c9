package org.cloudcost.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.report.charts.ChartFixtures.finding;

import java.math.BigDecimal;
import java.util.List;

import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Strategy;
import org.junit.jupiter.api.Test;

class TopResourcesTest {
    private static final List<Finding> FINDINGS = List.of(
            finding("r1", Strategy.ELASTIC_SCALING, "i-1", "Compute", "1000", 0.3, "a", "b"),
            finding("r2", Strategy.RIGHT_SIZING, "i-1", "Compute", "1000", 0.4, "a", "b"),
            finding("r3", Strategy.CLEANUP, "d-1", "Storage", "650", 1.0, "a", "b"),
            finding("r3", Strategy.CLEANUP, "d-0", "Storage", "700", 1.0, "a", "b"),
            finding("r4", Strategy.CAPACITY_RISK, "i-hot", "Compute", "5000", 0.0, "a", "b"),
            finding("r5", Strategy.NETWORK, "eip-1", "Networking", "100", 0.0, "a", "b"));

    @Test
    void sumsEachResourcesSavingsAndRanksThemLargestFirstWithTiesByName() {
        List<TopResources.Entry> top = TopResources.of(FINDINGS, 15);

        assertThat(top).extracting(TopResources.Entry::resourceId).containsExactly("d-0", "i-1", "d-1");
        assertThat(top.get(1).total()).isEqualByComparingTo(new BigDecimal("300").add(new BigDecimal("400")));
        assertThat(top.get(1).byStrategy()).containsOnlyKeys(Strategy.ELASTIC_SCALING, Strategy.RIGHT_SIZING);
        assertThat(TopResourcesChart.mainStrategy(top.get(1))).isEqualTo(Strategy.RIGHT_SIZING);
    }

    @Test
    void leavesOutCapacityRisksAndFindingsWithoutSavingAndStopsAtTheLimit() {
        assertThat(TopResources.of(FINDINGS, 2)).extracting(TopResources.Entry::resourceId).containsExactly("d-0", "i-1");
        assertThat(TopResources.of(FINDINGS.subList(4, 6), 15)).isEmpty();
    }
}
