package org.cloudcost.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.CostDatasetReader;
import org.cloudcost.core.config.CloudcostConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cloudcost analyze}: reads the bills (and the optional usage, inventory and storage
 * files), runs the rules, prints the spend and savings tables and writes
 * {@code DIR/findings.csv} and {@code DIR/summary.json}.
 *
 * <pre>{@code
 * cloudcost analyze --billing samples/data/focus-small.csv --usage samples/data/usage.csv \
 *     --inventory samples/data/inventory.csv --storage samples/data/storage.csv --out out
 * cloudcost analyze --billing cur-2026-10.csv.gz --billing-format focus --config cloudcost.yaml
 * }</pre>
 *
 * <p>A summary that does not reconcile with the source files is still written, and the
 * command exits {@link ExitCodes#INTERNAL_ERROR}: the inputs were readable, so a mismatch is
 * cloudcost's fault.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Read billing exports (and usage, inventory, storage), run the rules, print where the money",
            "went and what to save, and write DIR/findings.csv and DIR/summary.json.",
            "Billing files (plain or .gz) are recognised by their header; see `cloudcost formats`.",
            "Rules and their thresholds: `cloudcost rules list`, `cloudcost rules describe ID`."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--billing", paramLabel = "FILE", required = true, arity = "1..*",
            description = "Billing export(s): FOCUS 1.0-1.3 CSV, or another registered format.")
    List<Path> billing = new ArrayList<>();

    @Option(names = "--billing-format", paramLabel = "ID",
            description = "Read the billing files as this format instead of recognising it (see `cloudcost formats`).")
    String billingFormat;

    @Option(names = "--usage", paramLabel = "FILE", arity = "1..*",
            description = "Utilization CSV(s): ResourceId,Timestamp,Metric,Value[,Statistic][,PeriodSeconds].")
    List<Path> usage = new ArrayList<>();

    @Option(names = "--inventory", paramLabel = "FILE", arity = "1..*",
            description = "Inventory CSV(s), one row per resource.")
    List<Path> inventory = new ArrayList<>();

    @Option(names = "--storage", paramLabel = "FILE", arity = "1..*",
            description = "Storage CSV(s), one row per group of objects.")
    List<Path> storage = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "cloudcost.yaml (currency, exchange rates, tags, rule thresholds, prices, effort).")
    Path config;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cloudcost-out",
            description = "Folder for findings.csv and summary.json (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Override
    public Integer call() {
        return AnalysisOutputs.run(load(), out, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private CostDataset load() {
        CostDatasetReader reader = CostDataset.read()
                .billing(billing)
                .usage(usage)
                .inventory(inventory)
                .storage(storage);
        if (billingFormat != null) {
            reader.billingFormat(billingFormat);
        }
        if (config != null) {
            reader.config(CloudcostConfig.load(config));
        }
        try (TerminalProgress progress = TerminalProgress.onStderr(noProgress)) {
            return reader.progress(progress).load();
        }
    }
}
