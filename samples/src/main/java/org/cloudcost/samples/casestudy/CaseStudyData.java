package org.cloudcost.samples.casestudy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogs;

/**
 * Writes the case-study estate ({@code CASE-STUDY.md}: a ¥1.8 M month on Alibaba Cloud) as the
 * files a user would have: the bill as Alibaba Cloud's FOCUS export, and usage, inventory and
 * storage in the canonical CSVs. Deterministic: the same bytes on every run.
 *
 * <pre>{@code
 * CaseStudyFiles files = CaseStudyData.write(Path.of("cloudcost-demo/input"));
 * CostDataset month = CostDataset.read().billing(files.billing()).usage(files.usage())
 *         .inventory(files.inventory()).storage(files.storage())
 *         .config(CloudcostConfig.load(files.config())).load();
 * }</pre>
 */
public final class CaseStudyData {
    /** The bill's files. */
    public static final String BILLING = "billing.csv";
    public static final String USAGE = "usage.csv";
    public static final String INVENTORY = "inventory.csv";
    public static final String STORAGE = "storage.csv";
    /** The demo's settings: the rules' defaults and the assumed implementation effort. */
    public static final String CONFIG = "cloudcost.yaml";

    static final String BILLING_ACCOUNT = "1000000000000001";
    static final String PROD_ACCOUNT = "1000000000000101";
    static final String TEST_ACCOUNT = "1000000000000202";

    private CaseStudyData() {
    }

    /**
     * Writes the four data files and the demo's {@code cloudcost.yaml} into {@code dir} (created
     * if missing), replacing files of the same names.
     *
     * @throws IOException when a file cannot be written
     */
    public static CaseStudyFiles write(Path dir) throws IOException {
        PriceCatalog alibaba = PriceCatalogs.load().find("Alibaba Cloud")
                .orElseThrow(() -> new IllegalStateException("the Alibaba Cloud price catalog is not on the class path"));
        EstateItems estate = EstateItems.build(alibaba);
        // the usage file (half a million lines) is written on a second core while the billing file is
        // written here; the estate is only read from now on, and each file is the same bytes either way
        FutureTask<Void> usage = new FutureTask<>(() -> {
            UsageFile.write(estate, dir.resolve(USAGE));
            return null;
        });
        Thread usageWriter = new Thread(usage, "cloudcost-demo-usage-writer");
        usageWriter.setDaemon(true);
        usageWriter.start();
        Map<String, BigDecimal> spend;
        try {
            spend = new TreeMap<>(BillingFile.write(estate, dir.resolve(BILLING)));
        } catch (IOException | RuntimeException e) {
            usage.cancel(true);
            joinUninterruptibly(usageWriter); // no file is written into dir once this method has returned
            throw e;
        }
        awaitWritten(usage);
        InventoryFile.write(estate, dir.resolve(INVENTORY));
        StorageFile.write(dir.resolve(STORAGE));
        try (InputStream config = CaseStudyData.class.getResourceAsStream(CONFIG)) {
            Files.copy(Objects.requireNonNull(config, CONFIG + " is missing from the samples jar"), dir.resolve(CONFIG),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return new CaseStudyFiles(dir.resolve(BILLING), dir.resolve(USAGE), dir.resolve(INVENTORY), dir.resolve(STORAGE),
                dir.resolve(CONFIG), spend);
    }

    /** Waits for {@code thread} to end, keeping an interrupt for the caller. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for {@code written}; what it threw is thrown again as it was. */
    private static void awaitWritten(FutureTask<Void> written) throws IOException {
        try {
            written.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            written.cancel(true);
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the usage file was written");
        }
    }
}
