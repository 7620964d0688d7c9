package org.cloudcost.report.xlsx;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.report.xlsx.internal.FindingsLayout;
import org.cloudcost.report.xlsx.internal.FindingsSheet;
import org.cloudcost.report.xlsx.internal.WorkbookStyles;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Measures writing {@code report.xlsx} with many findings (docs/performance.md): wall time, the
 * largest heap in use after a garbage collection while writing, and the file size. Not a test: run
 * it by hand on the test class path.
 *
 * <pre>
 * java -Xmx1g -cp "$CP" org.cloudcost.report.xlsx.WorkbookMeasurement 100000 sxssf 3 /tmp/report.xlsx
 * java -Xmx1g -cp "$CP" org.cloudcost.report.xlsx.WorkbookMeasurement 100000 xssf 3 /tmp/xssf.xlsx
 * </pre>
 *
 * Mode {@code sxssf} is the real writer ({@link FinanceWorkbook}); {@code xssf} writes the same
 * Findings rows into a plain in-memory XSSF sheet, for contrast.
 */
public final class WorkbookMeasurement {
    private WorkbookMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String mode = args.length > 1 ? args[1] : "sxssf";
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path file = Path.of(args.length > 3 ? args[3] : "/tmp/cloudcost-measure.xlsx");

        AnalysisResult result = SyntheticAnalyses.of(rows);
        Heap heap = new Heap();
        long baseline = heap.settledUsed();
        System.out.printf(Locale.ROOT, "rows=%d mode=%s maxHeap=%d MB baseline (analysis in memory, after GC)=%.0f MB%n",
                rows, mode, Runtime.getRuntime().maxMemory() >> 20, baseline / 1048576.0);
        for (int rep = 0; rep <= reps; rep++) {
            heap.settledUsed();
            heap.reset();
            long t0 = System.nanoTime();
            if (mode.equals("xssf")) {
                writeInMemory(result, file);
            } else {
                FinanceWorkbook.of(result).write(file);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s %d: %.2f s, heap after GC max %.0f MB (%.0f MB above baseline), %d GCs, "
                            + "file %.1f MB%n", rep == 0 ? "warm-up" : "rep", rep, seconds, heap.maxAfterGc() / 1048576.0,
                    (heap.maxAfterGc() - baseline) / 1048576.0, heap.collections(), Files.size(file) / 1048576.0);
        }
    }

    /** The Findings rows in a plain XSSF workbook: every row stays in memory until written. */
    private static void writeInMemory(AnalysisResult result, Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            WorkbookStyles styles = new WorkbookStyles(wb, "CNY");
            var sheet = wb.createSheet(FindingsLayout.SHEET);
            FindingsSheet.prepare(sheet, new FindingsLayout(result.findings().size()), styles);
            FindingsSheet.writeRows(sheet, FindingsSheet.sorted(result.findings().list()), styles);
            wb.write(out);
        }
    }

    /** The largest heap occupancy right after a collection since {@link #reset()}. */
    private static final class Heap implements NotificationListener {
        private final Set<String> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        private final AtomicLong max = new AtomicLong();
        private final AtomicLong collections = new AtomicLong();

        Heap() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        long settledUsed() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        void reset() {
            max.set(0);
            collections.set(0);
        }

        long maxAfterGc() {
            return max.get();
        }

        long collections() {
            return collections.get();
        }

        @Override
        public void handleNotification(Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                if (pools.contains(e.getKey())) {
                    MemoryUsage u = e.getValue();
                    used += u.getUsed();
                }
            }
            collections.incrementAndGet();
            max.accumulateAndGet(used, Math::max);
        }
    }
}
