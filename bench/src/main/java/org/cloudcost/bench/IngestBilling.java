package org.cloudcost.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.cloudcost.bench.internal.PeakRss;
import org.cloudcost.bench.internal.ResultLine;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.CostDatasetReader;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.frame.FrameAccess;
import org.cloudcost.core.spend.Reconciliation;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One process, one measurement: reads a billing file into the billing frame through the public
 * API, as {@code cloudcost analyze} does before its rules, and prints one {@link ResultLine}:
 * the frame's rows, its BilledCost per currency (rounded to 4 places) and the reconciliation
 * with the source, then this process's peak RSS. Exit 0, or 1 when the frame does not reconcile
 * with the source, 2 on a usage error, 3 when the input is refused.
 *
 * <pre>
 * java -cp cloudcost-bench.jar org.cloudcost.bench.IngestBilling bench/target/data/cur-1000000.csv [--format aws-cur]
 * RESULT rows=439151 total=USD:712086.8938 check=reconciled peak_rss_kb=535000
 * </pre>
 */
public final class IngestBilling {
    private static final int TOTAL_DECIMALS = 4;

    private IngestBilling() {
    }

    public static void main(String[] args) {
        Path file = null;
        String format = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                file = null;
                break;
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            System.err.println("usage: IngestBilling FILE [--format ID]   (FILE must exist)");
            System.exit(2);
        }
        CostDataset ds;
        try {
            CostDatasetReader reader = CostDataset.read().billing(file);
            if (format != null) {
                reader.billingFormat(format);
            }
            ds = reader.load();
        } catch (CloudcostException e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        }
        BillingFrame frame = ds.billing();
        Reconciliation reconciliation = ds.spend().reconciliation();
        Map<String, BigDecimal> totals = billedByCurrency(frame);
        System.out.println(ResultLine.format(frame.rowCount(), totals,
                reconciliation.reconciled() ? "reconciled" : "MISMATCH", PeakRss.kilobytes()));
        System.err.println("source " + ds.readReport().sourceBilledCost() + "; " + reconciliation);
        System.exit(reconciliation.reconciled() ? 0 : 1);
    }

    /**
     * The frame's BilledCost per BillingCurrency: a compensated (Neumaier) sum of the doubles,
     * rounded at the end; its error is a few ulps of the total, far below the 0.01 the totals are
     * compared to.
     */
    static Map<String, BigDecimal> billedByCurrency(BillingFrame frame) {
        Table columns = FrameAccess.readOnly(frame); // the frame's own table, read only: no copy to time
        DoubleColumn billed = columns.doubleColumn(BillingFrame.BILLED_COST);
        StringColumn currency = columns.stringColumn(BillingFrame.BILLING_CURRENCY);
        Map<String, double[]> sums = new TreeMap<>();
        for (int r = 0; r < frame.rowCount(); r++) {
            double[] acc = sums.computeIfAbsent(currency.get(r), c -> new double[2]);
            double v = billed.getDouble(r);
            double t = acc[0] + v;
            acc[1] += Math.abs(acc[0]) >= Math.abs(v) ? (acc[0] - t) + v : (v - t) + acc[0];
            acc[0] = t;
        }
        Map<String, BigDecimal> totals = new TreeMap<>();
        sums.forEach((c, acc) -> totals.put(c, new BigDecimal(acc[0]).add(new BigDecimal(acc[1]))
                .setScale(TOTAL_DECIMALS, RoundingMode.HALF_EVEN)));
        return totals;
    }
}
