package org.cloudcost.aws.costexplorer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cloudcost.core.io.PartFile;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

/**
 * One month of AWS cost from Cost Explorer as a FOCUS billing file
 * ({@link CanonicalCsv#FOCUS_BILLING}) that {@code cloudcost analyze} reads: for accounts
 * without a Cost and Usage Report. One line per day × service × linked account (× tag value
 * when {@link CostExplorerOptions#tagKey()} is set; × resource for the recent days when
 * {@link CostExplorerOptions#resourceLevel()} is on and enabled), amounts as exact decimals.
 *
 * <p>Calls ({@code ce:GetCostAndUsage}, {@code ce:GetCostAndUsageWithResources}; each page
 * costs USD 0.01): {@code GetCostAndUsage} DAILY for the month (up to today, UTC, for the
 * current month), metrics {@code UnblendedCost} and {@code AmortizedCost}, grouped by
 * {@code SERVICE} and {@code LINKED_ACCOUNT}, following {@code NextPageToken}; with a tag key,
 * one more query per linked account grouped by {@code SERVICE} and the tag (the API takes two
 * group keys at most); one ungrouped MONTHLY query of both metrics for the totals the lines must
 * add up to, unblended and amortized alike (within {@value #TOLERANCE} USD, see below); with resource level, one
 * {@code GetCostAndUsageWithResources} per service of {@link CostExplorerOptions#resourceServices()}
 * for the month's days within the last {@value #RESOURCE_DAYS} days. When resource-level data is
 * not enabled ({@code DataUnavailableException}), the report says how to enable it and the lines
 * stay at service level.
 *
 * <p>The file is written to {@code FILE.part} and moved into place only when every page has been
 * read and the lines add up; a failure leaves no file.
 *
 * <pre>{@code
 * try (AwsClients aws = AwsClients.builder().build()) {
 *     CostExplorerReport r = new CostExplorerBilling(aws.costExplorer())
 *             .pull(YearMonth.of(2026, 10), Path.of("pulled/billing.csv"));
 *     System.out.println(r);
 * }
 * }</pre>
 */
public final class CostExplorerBilling {
    /**
     * How far the daily lines may differ from the ungrouped total: one cent. Cost Explorer gives
     * amounts to about ten decimal places, so thousands of lines sum to within far less.
     */
    public static final String TOLERANCE = "0.01";
    /** Resource-level data covers the last 14 days (GetCostAndUsageWithResources, TimePeriod). */
    public static final int RESOURCE_DAYS = 14;

    private static final BigDecimal TOLERANCE_AMOUNT = new BigDecimal(TOLERANCE);

    private final CostExplorerClient ce;
    private final CostExplorerOptions options;
    private final Clock clock;

    /** Service × account lines, no tag split, no resource level. */
    public CostExplorerBilling(CostExplorerClient ce) {
        this(ce, CostExplorerOptions.defaults(), Clock.systemUTC());
    }

    public CostExplorerBilling(CostExplorerClient ce, CostExplorerOptions options, Clock clock) {
        this.ce = Objects.requireNonNull(ce, "ce");
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Pulls {@code month} into {@code file} (replacing it).
     *
     * @throws CloudcostException in one line when a call fails, an amount is not a number, the
     *         lines mix currencies or do not add up to the total, the month has not begun, or the
     *         file cannot be written
     */
    public CostExplorerReport pull(YearMonth month, Path file) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate start = month.atDay(1);
        if (start.isAfter(today)) {
            throw new CloudcostException("the month " + month + " has not begun (today is " + today + ", UTC)");
        }
        LocalDate nextMonth = month.plusMonths(1).atDay(1);
        LocalDate end = nextMonth.isAfter(today.plusDays(1)) ? today.plusDays(1) : nextMonth;
        CostQueries queries = new CostQueries(ce);
        List<String> notes = new ArrayList<>();

        List<CostLine> lines = queries.daily(start, end, null, null, CostQueries.SERVICE, CostQueries.LINKED_ACCOUNT);
        currency(lines, month);   // amounts of two currencies do not add up: say so before comparing sums
        Map<String, BigDecimal> totals = queries.totals(start, end);
        BigDecimal total = totals.getOrDefault(CostQueries.UNBLENDED, BigDecimal.ZERO);
        reconcile(month, CostQueries.UNBLENDED, sum(lines), total);
        if (totals.containsKey(CostQueries.AMORTIZED)) {
            reconcile(month, CostQueries.AMORTIZED, lines.stream().map(CostLine::amortized)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), totals.get(CostQueries.AMORTIZED));
        }
        if (options.tagKey().isPresent()) {
            lines = byTag(queries, start, end, options.tagKey().get(), lines);
        }
        if (options.resourceLevel()) {
            lines = byResource(queries, start, end, today, lines, notes);
        }
        String currency = currency(lines, month);
        long resourceLines = lines.stream().filter(l -> !l.resourceId().isEmpty()).count();
        try {
            List<CostLine> written = lines;
            long rows = PartFile.write(file, CanonicalCsv.FOCUS_BILLING, out -> {
                for (CostLine l : written) {
                    out.row(FocusRow.of(l, month, currency));
                }
                return out.rows();
            });
            int estimated = (int) lines.stream().filter(CostLine::estimated).map(CostLine::day).distinct().count();
            return new CostExplorerReport(month, file, (int) start.datesUntil(end).count(), estimated, rows, resourceLines,
                    queries.calls(), currency, sum(lines), total, notes);
        } catch (IOException e) {
            throw new CloudcostException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fails, naming the metric, when the lines' sum of {@code metric} is more than a cent off the total. */
    private static void reconcile(YearMonth month, String metric, BigDecimal sum, BigDecimal total) {
        if (sum.subtract(total).abs().compareTo(TOLERANCE_AMOUNT) > 0) {
            throw new CloudcostException("Cost Explorer's daily lines for " + month + " add up to " + sum.toPlainString()
                    + " " + metric + " but its total is " + total.toPlainString() + ": no billing file written");
        }
    }

    /** The lines again, account by account, grouped by service and the tag; each account must keep its total. */
    private static List<CostLine> byTag(CostQueries queries, LocalDate start, LocalDate end, String tagKey,
                                        List<CostLine> lines) {
        Map<String, BigDecimal> byAccount = new TreeMap<>();
        for (CostLine l : lines) {
            byAccount.merge(l.account(), l.unblended(), BigDecimal::add);
        }
        List<CostLine> tagged = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> account : byAccount.entrySet()) {
            List<CostLine> split = queries.daily(start, end, CostQueries.equal("LINKED_ACCOUNT", account.getKey()),
                    account.getKey(), CostQueries.SERVICE, CostQueries.tag(tagKey));
            BigDecimal sum = sum(split);
            if (sum.subtract(account.getValue()).abs().compareTo(TOLERANCE_AMOUNT) > 0) {
                throw new CloudcostException("Cost Explorer's lines by the tag " + tagKey + " for the account "
                        + account.getKey() + " add up to " + sum.toPlainString() + " but by service to "
                        + account.getValue().toPlainString() + ": no billing file written");
            }
            tagged.addAll(split);
        }
        return tagged;
    }

    private List<CostLine> byResource(CostQueries queries, LocalDate start, LocalDate end, LocalDate today,
                                      List<CostLine> lines, List<String> notes) {
        LocalDate earliest = today.minusDays(RESOURCE_DAYS - 1);
        LocalDate from = start.isBefore(earliest) ? earliest : start;
        if (!from.isBefore(end)) {
            notes.add("resource-level cost: none of the month is within the last " + RESOURCE_DAYS
                    + " days Cost Explorer keeps it for; lines stay by service");
            return lines;
        }
        List<CostLine> resources = new ArrayList<>();
        for (String service : options.resourceServices()) {
            try {
                resources.addAll(queries.dailyByResource(from, end, service));
            } catch (CloudcostException e) {
                if (!isDataUnavailable(e)) {
                    throw e;
                }
                notes.add("resource-level cost is not enabled for this account (DataUnavailableException): turn on"
                        + " \"Granular data\" (resource-level data) in the Cost Explorer settings of the management"
                        + " account; lines stay by service");
                return lines;
            }
        }
        notes.add("resource-level cost: " + from + " to " + end.minusDays(1) + " split by resource for "
                + String.join(", ", options.resourceServices()));
        return ResourceSplit.merge(lines, resources);
    }

    private static boolean isDataUnavailable(CloudcostException e) {
        return e.getCause() instanceof AwsServiceException s && s.awsErrorDetails() != null
                && "DataUnavailableException".equals(s.awsErrorDetails().errorCode());
    }

    private static String currency(List<CostLine> lines, YearMonth month) {
        TreeSet<String> units = new TreeSet<>();
        lines.stream().map(CostLine::currency).filter(c -> !c.isEmpty()).forEach(units::add);
        if (units.size() > 1) {
            throw new CloudcostException("Cost Explorer's lines for " + month + " mix the currencies " + units);
        }
        return units.isEmpty() ? "USD" : units.first();
    }

    private static BigDecimal sum(List<CostLine> lines) {
        BigDecimal s = BigDecimal.ZERO;
        for (CostLine l : lines) {
            s = s.add(l.unblended());
        }
        return s;
    }
}
