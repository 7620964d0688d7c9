package org.cloudcost.core;

import java.util.Objects;

import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.frame.TablesawWarmUp;
import org.cloudcost.core.internal.spend.SpendCalculator;
import org.cloudcost.core.spend.SpendSummary;

/**
 * Everything cloudcost knows about one period of one estate: the billing, usage, inventory and
 * storage frames, the configuration they were read with, and the report of what was read.
 * Immutable and safe to share between threads.
 *
 * <pre>{@code
 * CostDataset ds = CostDataset.read()
 *         .billing(Path.of("samples/data/focus-small.csv"))
 *         .usage(Path.of("samples/data/usage.csv"))
 *         .load();
 * ds.spend().byServiceCategory();     // {Compute=..., Databases=..., ...}
 * ds.billing().print();
 * ds.analyze().plan().byStrategy();    // {elastic-scaling=..., right-sizing=..., ...}
 * }</pre>
 */
public final class CostDataset {
    private final BillingFrame billing;
    private final UsageFrame usage;
    private final InventoryFrame inventory;
    private final StorageFrame storage;
    private final ReadReport readReport;
    private final CloudcostConfig config;
    private volatile SpendSummary spend;

    /** Assembles a dataset from frames already built (by a provider API source, or a test). */
    public CostDataset(BillingFrame billing, UsageFrame usage, InventoryFrame inventory, StorageFrame storage,
                       ReadReport readReport, CloudcostConfig config) {
        this.billing = Objects.requireNonNull(billing, "billing");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.readReport = Objects.requireNonNull(readReport, "readReport");
        this.config = Objects.requireNonNull(config, "config");
    }

    /** Starts reading files: {@code CostDataset.read().billing(path).load()}. */
    public static CostDatasetReader read() {
        return new CostDatasetReader();
    }

    /**
     * Starts, on a background thread, the one-time initialization of the frame library
     * (Tablesaw scans the class path for its readers and writers, about a second on a large
     * class path) and returns at once. {@link CostDatasetReader#load()} starts it too; a program
     * that does other work first (parsing arguments, writing inputs) calls this at launch so
     * the two overlap. Later calls do nothing.
     *
     * <pre>{@code
     * public static void main(String[] args) {
     *     CostDataset.warmUp();
     *     // ...
     * }
     * }</pre>
     */
    public static void warmUp() {
        TablesawWarmUp.start();
    }

    /** Billing, aggregated to resource × charge day. */
    public BillingFrame billing() {
        return billing;
    }

    /** Utilization, aggregated to resource × metric × hour. */
    public UsageFrame usage() {
        return usage;
    }

    /** One row per resource. */
    public InventoryFrame inventory() {
        return inventory;
    }

    /** Object storage by group of objects. */
    public StorageFrame storage() {
        return storage;
    }

    /** Files read, lines skipped and the exact source totals. */
    public ReadReport readReport() {
        return readReport;
    }

    /** The configuration the data was read with. */
    public CloudcostConfig config() {
        return config;
    }

    /**
     * Spend by category, service, account and day, reconciled with the source files; computed
     * once.
     *
     * @throws CloudcostException when the bills mix currencies and the configuration has no
     *         exchange rate for one of them
     */
    public SpendSummary spend() {
        SpendSummary s = spend;
        if (s == null) {
            s = SpendCalculator.summarize(billing, readReport, config);
            spend = s;
        }
        return s;
    }

    /**
     * Runs every rule and price catalog on the class path over this dataset:
     * {@code Analysis.of(this).run()}.
     *
     * @throws CloudcostException when currencies mix without rates or a price override is unknown
     */
    public AnalysisResult analyze() {
        return Analysis.of(this).run();
    }

    @Override
    public String toString() {
        return "CostDataset{\n  " + billing + "\n  " + usage + "\n  " + inventory + "\n  " + storage
                + "\n  " + readReport + "\n}";
    }
}
