package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.models.QueryBillOverviewResponseBody.QueryBillOverviewResponseBodyDataItemsItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.cloudcost.aliyun.internal.AlibabaCloud;
import org.cloudcost.aliyun.internal.AliyunCalls;
import org.cloudcost.aliyun.internal.NextTokens;
import org.cloudcost.core.io.PartFile;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;

/**
 * Pulls one month of Alibaba Cloud billing through the BSS OpenAPI into a FOCUS billing file
 * ({@link CanonicalCsv#FOCUS_BILLING}) that {@code cloudcost analyze} reads, and reconciles it.
 *
 * <p>For each day of the cycle (up to today, China time, when the cycle is the current month) it
 * pages {@code DescribeInstanceBill} with {@code Granularity=DAILY}, {@code BillingDate} that day,
 * {@code IsBillingItem=true} and {@value BssApi#MAX_RESULTS} lines a page, following
 * {@code NextToken}; DAILY needs {@code BillingDate}, so the month is asked for day by day. Each
 * line becomes one FOCUS row (see {@code FocusBillingRow}). Then it sums the lines'
 * {@code PretaxAmount} as exact decimals (as the response's JSON wrote them, see {@link BssMoney})
 * and compares the total with the {@code PretaxAmount} of {@code QueryBillOverview} for the cycle
 * (see {@link BssPullReport} for the tolerance).
 *
 * <p>The file is written to {@code <file>.part} and moved into place once every page has been
 * read; a failed call leaves no file. A total that does not reconcile fails the pull with one
 * {@link CloudcostException} line (the file stays written, for inspection), unless the pull was
 * made with {@link #reportingMismatch()}: an open month does not reconcile (instance bills lag
 * the overview by a day or more), so use that for the current month and read
 * {@link BssPullReport#reconciled()}. Every call goes through {@link AliyunCalls}: throttling is
 * retried, other errors are one line.
 *
 * <pre>{@code
 * BssApi api = new TeaBssApi(new com.aliyun.bssopenapi20171214.Client(config));
 * BssPullReport report = new AliyunBillingPull(api, AliyunCalls.withDefaults())
 *         .pull(YearMonth.of(2026, 10), Path.of("pull/focus-2026-10.csv"));
 * System.out.println(report);   // ... 41234 line(s) ... (reconciled)
 * }</pre>
 */
public final class AliyunBillingPull {
    /** Bill days are China days. */
    public static final ZoneId CHINA = AlibabaCloud.CHINA;

    private final BssApi api;
    private final AliyunCalls calls;
    private final Clock clock;
    private final boolean failOnMismatch;

    public AliyunBillingPull(BssApi api, AliyunCalls calls) {
        this(api, calls, Clock.systemUTC(), true);
    }

    AliyunBillingPull(BssApi api, AliyunCalls calls, Clock clock, boolean failOnMismatch) {
        this.api = Objects.requireNonNull(api, "api");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.failOnMismatch = failOnMismatch;
    }

    /** This pull, returning a report that says {@code MISMATCH} instead of failing when the totals differ. */
    public AliyunBillingPull reportingMismatch() {
        return new AliyunBillingPull(api, calls, clock, false);
    }

    /**
     * Pulls {@code cycle} into {@code file} (replacing it) and reconciles it.
     *
     * @throws CloudcostException when a call fails, the file cannot be written, the lines mix
     *         currencies, the cycle has not begun, or (unless {@link #reportingMismatch()}) the
     *         lines do not add up to the overview
     */
    public BssPullReport pull(YearMonth cycle, Path file) {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(file, "file");
        String billingCycle = cycle.toString();
        List<LocalDate> days = days(cycle);
        Lines lines = new Lines();
        try {
            List<OverviewLine> overview = PartFile.write(file, CanonicalCsv.FOCUS_BILLING, out -> {
                for (LocalDate day : days) {
                    pullDay(billingCycle, cycle, day, out, lines);
                }
                return calls.call("QueryBillOverview", () -> api.queryBillOverview(billingCycle));
            });
            BssPullReport report = reconcile(billingCycle, file, days.size(), lines, overview);
            if (failOnMismatch && !report.reconciled()) {
                throw new CloudcostException(report + ": " + file + " is written but does not add up to the bill;"
                        + " an open month lags the overview, pull a closed month or allow the mismatch");
            }
            return report;
        } catch (IOException e) {
            throw new CloudcostException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void pullDay(String billingCycle, YearMonth cycle, LocalDate day, CsvFileWriter out, Lines lines)
            throws IOException {
        String token = null;
        do {
            String asked = token;
            InstanceBillPage page = calls.call("DescribeInstanceBill",
                    () -> api.describeInstanceBill(billingCycle, day.toString(), asked, BssApi.MAX_RESULTS));
            lines.pages++;
            for (BillLine line : page.lines()) {
                out.row(FocusBillingRow.of(line, page.accountId(), cycle, day));
                lines.total.add(line.pretaxAmount());
                lines.currencies.add(FocusBillingRow.currency(line.item()));
                lines.written++;
            }
            token = NextTokens.next("DescribeInstanceBill " + day, asked, page.nextToken());
        } while (token != null);
    }

    /** The days of the cycle to ask for: all of them, or up to today (China time) for the current month. */
    private List<LocalDate> days(YearMonth cycle) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        LocalDate first = cycle.atDay(1);
        if (first.isAfter(today)) {
            throw new CloudcostException("Alibaba Cloud billing cycle " + cycle + " has not begun (today is " + today
                    + " in China time)");
        }
        LocalDate last = cycle.atEndOfMonth().isAfter(today) ? today : cycle.atEndOfMonth();
        return first.datesUntil(last.plusDays(1)).toList();
    }

    private static BssPullReport reconcile(String billingCycle, Path file, int days, Lines lines,
                                           List<OverviewLine> overview) {
        MoneyTotal overviewTotal = new MoneyTotal();
        TreeSet<String> currencies = new TreeSet<>(lines.currencies);
        for (OverviewLine line : overview) {
            QueryBillOverviewResponseBodyDataItemsItem item = line.item();
            overviewTotal.add(line.pretaxAmount());
            if (item.getCurrency() != null && !item.getCurrency().isBlank()) {
                currencies.add(AlibabaCloud.currency(item.getCurrency()));
            }
        }
        if (currencies.size() > 1) {
            throw new CloudcostException("Alibaba Cloud bill " + billingCycle + " mixes the currencies " + currencies
                    + ": cannot reconcile the lines with QueryBillOverview");
        }
        String currency = currencies.isEmpty() ? AlibabaCloud.DEFAULT_CURRENCY : currencies.first();
        BigDecimal difference = lines.total.sum().subtract(overviewTotal.sum());
        BigDecimal tolerance = BssPullReport.BASE_TOLERANCE.add(lines.total.bound()).add(overviewTotal.bound());
        return new BssPullReport(billingCycle, file, days, lines.pages, lines.written, currency, lines.total.sum(),
                overviewTotal.sum(), difference, tolerance);
    }

    /** What the day loops have written so far. */
    private static final class Lines {
        final MoneyTotal total = new MoneyTotal();
        final TreeSet<String> currencies = new TreeSet<>();
        int pages;
        long written;
    }
}
