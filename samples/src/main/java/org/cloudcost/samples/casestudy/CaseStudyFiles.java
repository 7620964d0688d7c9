package org.cloudcost.samples.casestudy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.CloudcostConfig;

/**
 * The files {@link CaseStudyData#write(Path)} wrote, and what the bill in them adds up to.
 *
 * @param billing         the month's bill, FOCUS 1.0 columns, CNY
 * @param usage           hourly metrics, canonical usage CSV
 * @param inventory       the resources, canonical inventory CSV
 * @param storage         the OSS object groups, canonical storage CSV
 * @param config          the demo's cloudcost.yaml (assumed implementation effort)
 * @param spendByCategory BilledCost by FOCUS ServiceCategory, summed while writing
 */
public record CaseStudyFiles(Path billing, Path usage, Path inventory, Path storage, Path config,
                             Map<String, BigDecimal> spendByCategory) {
    public CaseStudyFiles {
        spendByCategory = Map.copyOf(spendByCategory);
    }

    /**
     * Reads the four files with the demo's settings, as {@code cloudcost demo} does.
     *
     * <pre>{@code
     * CostDataset month = CaseStudyData.write(Path.of("demo")).load();
     * month.analyze().plan();
     * }</pre>
     */
    public CostDataset load() {
        return CostDataset.read().billing(billing).usage(usage).inventory(inventory).storage(storage)
                .config(CloudcostConfig.load(config)).load();
    }

    /** The bill's total. */
    public BigDecimal totalBilledCost() {
        return spendByCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
