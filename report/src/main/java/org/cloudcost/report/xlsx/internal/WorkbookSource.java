package org.cloudcost.report.xlsx.internal;

import java.util.Objects;
import java.util.Optional;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.rules.RuleRegistry;

/**
 * What the workbook is written from: the analysis, the dataset when the caller has it (read
 * report, configuration, billing frame), and the rule registry and price catalogs whose
 * thresholds and prices the Assumptions sheet lists.
 *
 * @param result the analysis
 * @param dataset the dataset it ran on, if given
 * @param rules the rules, to look up the thresholds of the rules that ran
 * @param catalogs the price catalogs, before the configuration's overrides
 */
public record WorkbookSource(AnalysisResult result, Optional<CostDataset> dataset, RuleRegistry rules,
                             PriceCatalogs catalogs) {
    public WorkbookSource {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(catalogs, "catalogs");
    }

    /** The reporting currency. */
    public String currency() {
        return result.spend().currency();
    }
}
