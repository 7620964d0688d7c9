package org.cloudcost.aliyun.bss;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

/**
 * What one {@link AliyunBillingPull} wrote and whether it adds up to the account's bill.
 *
 * <p>{@code billedCost} is the exact sum of the {@code PretaxAmount} of every line written (the
 * BilledCost column of the file, which {@code CostDataset} sums to the same figure);
 * {@code overviewPretaxAmount} the sum of {@code PretaxAmount} over the items of
 * {@code QueryBillOverview} for the cycle. Both are read as the response's JSON wrote them
 * ({@link BssMoney}), so they are exact to the cent at any size, and compared with a
 * {@code tolerance} of half a cent plus the amounts' own worst-case error ({@link BssMoney#error}:
 * next to nothing for amounts read from the JSON; half a float ulp, {@link FloatMoney#storageError},
 * for an amount only the SDK model's float carried, e.g. 0.03125 near 850,000). Anything wider is
 * a real gap: a missing day, a month still open, a product the instance bill leaves out.
 *
 * <pre>{@code
 * BssPullReport r = pull.pull(YearMonth.of(2026, 10), Path.of("focus-2026-10.csv"));
 * r.linesWritten();   // 41234
 * r.reconciled();     // true
 * System.out.println(r);
 * }</pre>
 *
 * @param billingCycle the month pulled, {@code YYYY-MM}
 * @param file the FOCUS billing file written
 * @param daysPulled the days of the cycle asked for (up to today, China time, for the current month)
 * @param pages the {@code DescribeInstanceBill} pages read
 * @param linesWritten the rows written, one per bill line
 * @param currency the currency of every amount
 * @param billedCost exact sum of the lines' PretaxAmount
 * @param overviewPretaxAmount exact sum of the overview items' PretaxAmount
 * @param difference {@code billedCost − overviewPretaxAmount}
 * @param tolerance the largest difference rounding can explain (≥ 0.005)
 */
public record BssPullReport(String billingCycle, Path file, int daysPulled, int pages, long linesWritten, String currency,
                            BigDecimal billedCost, BigDecimal overviewPretaxAmount, BigDecimal difference,
                            BigDecimal tolerance) {

    /** Half a cent: the tolerance when no float is coarser than that. */
    public static final BigDecimal BASE_TOLERANCE = new BigDecimal("0.005");

    /** True when the lines add up to the overview within {@link #tolerance()}. */
    public boolean reconciled() {
        return difference.abs().compareTo(tolerance) <= 0;
    }

    @Override
    public String toString() {
        return "Alibaba Cloud bill " + billingCycle + ": " + linesWritten + " line(s) from " + pages + " page(s) over "
                + daysPulled + " day(s) written to " + file + "; lines " + cents(billedCost) + " " + currency
                + ", QueryBillOverview " + cents(overviewPretaxAmount) + " " + currency
                + (reconciled() ? " (reconciled)" : " MISMATCH by " + difference.toPlainString() + " (tolerance "
                + tolerance.setScale(6, RoundingMode.UP).stripTrailingZeros().toPlainString() + ")");
    }

    private static String cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
