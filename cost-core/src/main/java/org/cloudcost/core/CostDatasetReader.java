package org.cloudcost.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.billing.BillingFileReader;
import org.cloudcost.core.internal.canonical.InventoryCsvReader;
import org.cloudcost.core.internal.canonical.StorageCsvReader;
import org.cloudcost.core.internal.canonical.UsageCsvReader;
import org.cloudcost.core.internal.read.ReadLog;

/**
 * Names the files of an analysis and reads them, in the spirit of Tablesaw's
 * {@code Table.read()}. Every method but {@link #load()} returns this reader; nothing is read
 * until {@code load()}. Billing files are recognised by their header among the registered
 * {@link org.cloudcost.core.format.BillingFormat}s unless a format is forced.
 *
 * <pre>{@code
 * CostDataset ds = CostDataset.read()
 *         .focus(Path.of("focus-2026-10.csv.gz"))
 *         .usage(Path.of("usage.csv"))
 *         .inventory(Path.of("inventory.csv"))
 *         .storage(Path.of("storage.csv"))
 *         .config(CloudcostConfig.load(Path.of("cloudcost.yaml")))
 *         .load();
 * }</pre>
 */
public final class CostDatasetReader {
    private final List<Path> billing = new ArrayList<>();
    private final List<Path> usage = new ArrayList<>();
    private final List<Path> inventory = new ArrayList<>();
    private final List<Path> storage = new ArrayList<>();
    private String billingFormat;
    private CloudcostConfig config = CloudcostConfig.defaults();
    private ProgressListener progress = ProgressListener.NONE;

    CostDatasetReader() {
    }

    /** Billing files in any registered format (plain or .gz), recognised by header. */
    public CostDatasetReader billing(Path... files) {
        return billing(List.of(files));
    }

    /** Billing files in any registered format (plain or .gz), recognised by header. */
    public CostDatasetReader billing(List<Path> files) {
        billing.addAll(files);
        return this;
    }

    /** FOCUS 1.0–1.3 billing files: {@link #billing} with the format forced to {@code focus}. */
    public CostDatasetReader focus(Path... files) {
        billingFormat("focus");
        return billing(files);
    }

    /** Forces the billing format by id ({@code focus}, …) instead of recognising it. */
    public CostDatasetReader billingFormat(String formatId) {
        this.billingFormat = Objects.requireNonNull(formatId, "formatId");
        return this;
    }

    /** Usage CSVs in the canonical long form: {@code ResourceId,Timestamp,Metric,Value[,Statistic][,PeriodSeconds]}. */
    public CostDatasetReader usage(Path... files) {
        return usage(List.of(files));
    }

    /** Usage CSVs in the canonical long form. */
    public CostDatasetReader usage(List<Path> files) {
        usage.addAll(files);
        return this;
    }

    /** Inventory CSVs in the canonical layout (one row per resource). */
    public CostDatasetReader inventory(Path... files) {
        return inventory(List.of(files));
    }

    /** Inventory CSVs in the canonical layout. */
    public CostDatasetReader inventory(List<Path> files) {
        inventory.addAll(files);
        return this;
    }

    /** Storage CSVs in the canonical layout (one row per group of objects). */
    public CostDatasetReader storage(Path... files) {
        return storage(List.of(files));
    }

    /** Storage CSVs in the canonical layout. */
    public CostDatasetReader storage(List<Path> files) {
        storage.addAll(files);
        return this;
    }

    /** The configuration (tag columns, currency, exchange rates); defaults otherwise. */
    public CostDatasetReader config(CloudcostConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        return this;
    }

    /** Told of the bytes read, for a progress bar. */
    public CostDatasetReader progress(ProgressListener progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Reads every file named so far.
     *
     * @throws InputException for the first bad input, naming file, line and column
     */
    public CostDataset load() {
        ReadLog log = new ReadLog();
        List<String> tags = config.tagColumns().columns();
        BillingFrame billingFrame = billing.isEmpty() ? BillingFrame.empty(tags)
                : new BillingFileReader(config.tagColumns(), progress).read(billing, Optional.ofNullable(billingFormat), log);
        UsageFrame usageFrame = usage.isEmpty() ? UsageFrame.empty() : UsageCsvReader.read(usage, log, progress);
        InventoryFrame inventoryFrame = inventory.isEmpty() ? InventoryFrame.empty(tags)
                : InventoryCsvReader.read(inventory, config.tagColumns(), log, progress);
        StorageFrame storageFrame = storage.isEmpty() ? StorageFrame.empty() : StorageCsvReader.read(storage, log, progress);
        return new CostDataset(billingFrame, usageFrame, inventoryFrame, storageFrame, log.toReport(), config);
    }
}
