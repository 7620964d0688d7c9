package org.cloudcost.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.frame.StorageFrame;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.billing.BillingFileReader;
import org.cloudcost.core.internal.canonical.InventoryCsvReader;
import org.cloudcost.core.internal.canonical.StorageCsvReader;
import org.cloudcost.core.internal.canonical.UsageCsvReader;
import org.cloudcost.core.internal.frame.TablesawWarmUp;
import org.cloudcost.core.internal.read.BackgroundRead;
import org.cloudcost.core.internal.read.DeferredProgress;
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
    /** A billing file or stream and the format forced for it, or null to recognise it. */
    private record BillingInput(BillingFileReader.Source source, String formatId) {
    }

    private final List<BillingInput> billing = new ArrayList<>();
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
        files.forEach(f -> billing.add(new BillingInput(BillingFileReader.Source.of(f), null)));
        return this;
    }

    /**
     * A billing file that is not on the local disk (an object in S3 or OSS), recognised by
     * header and read as it streams in: {@code opener} is called once, by {@link #load()}, which
     * closes the stream. Plain or gzip, as for files; a Parquet stream (with the {@code parquet}
     * module) is copied to a temporary file in {@code java.io.tmpdir} first, read and deleted
     * (Parquet is read by ranges).
     *
     * <pre>{@code
     * reader.billing("s3://bills/cur/2026-10/cur-00001.csv.gz", size, () -> s3.getObject(request));
     * }</pre>
     *
     * @param name   how messages and the read report name it ({@code s3://bucket/key}); two inputs
     *               of one name are refused, as a file named twice is
     * @param size   its size in bytes for the progress bar, or -1 when unknown
     * @param opener opens the raw bytes
     */
    public CostDatasetReader billing(String name, long size, java.util.function.Supplier<java.io.InputStream> opener) {
        billing.add(new BillingInput(BillingFileReader.Source.of(Objects.requireNonNull(name, "name"), size, opener), null));
        return this;
    }

    /** FOCUS 1.0–1.3 billing files, read as FOCUS whatever their header looks like. */
    public CostDatasetReader focus(Path... files) {
        for (Path f : files) {
            billing.add(new BillingInput(BillingFileReader.Source.of(f), "focus"));
        }
        return this;
    }

    /**
     * Forces the format, by id ({@code focus}, …), of every billing file not added with a format
     * of its own, instead of recognising it from the header.
     */
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
     * Reads every file named so far. The usage files are read on a thread of their own while the
     * billing files are read; what this returns, reports and throws, and the order of the
     * progress calls (a file at a time), are those of reading the files one after the other.
     *
     * @throws InputException for the first bad input, naming file, line and column
     */
    public CostDataset load() {
        requireDistinct(billing.stream().map(b -> b.source().file()).filter(Objects::nonNull).toList(), usage, inventory,
                storage);
        requireDistinctStreams();
        TablesawWarmUp.start(); // Tablesaw's class path scan overlaps the reading; nothing here uses Tablesaw before the frames
        ReadLog log = new ReadLog();
        List<String> tags = config.tagColumns().columns();
        // usage is read beside the billing files (its own log, its progress shown after theirs) and
        // made a frame here, after them: the report, the errors and their order are a sequential read's
        ReadLog usageLog = new ReadLog();
        DeferredProgress usageProgress = new DeferredProgress(progress);
        List<Path> usageFiles = List.copyOf(usage);
        BackgroundRead<Supplier<UsageFrame>> usageRead = usageFiles.isEmpty() ? null
                : BackgroundRead.start("cloudcost-usage-reader", () -> UsageCsvReader.readBuckets(usageFiles, usageLog, usageProgress));
        BillingFrame billingFrame;
        try {
            billingFrame = readBilling(tags, log);
        } catch (RuntimeException | Error e) {
            if (usageRead != null) {
                usageRead.cancel();
            }
            throw e;
        }
        usageProgress.live();
        UsageFrame usageFrame = usageRead == null ? UsageFrame.empty() : usageRead.join().get();
        log.absorb(usageLog, 0);
        InventoryFrame inventoryFrame = inventory.isEmpty() ? InventoryFrame.empty(tags)
                : InventoryCsvReader.read(inventory, config.tagColumns(), log, progress);
        StorageFrame storageFrame = storage.isEmpty() ? StorageFrame.empty() : StorageCsvReader.read(storage, log, progress);
        return new CostDataset(billingFrame, usageFrame, inventoryFrame, storageFrame, log.toReport(), config);
    }

    private BillingFrame readBilling(List<String> tags, ReadLog log) {
        if (billing.isEmpty()) {
            return BillingFrame.empty(tags);
        }
        List<BillingFileReader.Source> sources = billing.stream().map(BillingInput::source).toList();
        List<Optional<String>> formats = billing.stream()
                .map(b -> Optional.ofNullable(b.formatId() != null ? b.formatId() : billingFormat)).toList();
        BillingFrame frame = new BillingFileReader(config.tagColumns(), progress).read(sources, formats, log);
        if (log.toReport().files().stream().mapToLong(ReadReport.FileRead::dataLines).sum() == 0) {
            throw InputException.ofFile(sources.get(0).name(), "no billing lines, only a header"
                    + (sources.size() == 1 ? "" : ", and none in the other " + (sources.size() - 1) + " billing file(s)")
                    + ": nothing to analyse");
        }
        return frame;
    }

    /** A stream named twice would be counted twice: refuse it. */
    private void requireDistinctStreams() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BillingInput b : billing) {
            if (b.source().file() == null && !seen.add(b.source().name())) {
                throw InputException.ofFile(b.source().name(), "named twice: its lines would be counted twice");
            }
        }
    }

    /** A file named twice would be counted twice: refuse it. */
    @SafeVarargs
    private static void requireDistinct(List<Path>... lists) {
        java.util.Map<Path, Path> seen = new java.util.HashMap<>();
        for (List<Path> list : lists) {
            for (Path p : list) {
                Path key = p.toAbsolutePath().normalize();
                try {
                    key = p.toRealPath();
                } catch (java.io.IOException e) {
                    // a missing file is reported by its reader
                }
                Path before = seen.putIfAbsent(key, p);
                if (before != null) {
                    throw InputException.ofFile(p, "named twice (also as " + before + "): its lines would be counted twice");
                }
            }
        }
    }
}
