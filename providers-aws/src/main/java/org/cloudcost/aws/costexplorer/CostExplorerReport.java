package org.cloudcost.aws.costexplorer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * What a Cost Explorer billing pull wrote, and what to look at.
 *
 * <pre>{@code
 * CostExplorerReport r = billing.pull(YearMonth.of(2026, 10), Path.of("out/billing.csv"));
 * System.out.println(r);   // bill 2026-10 (Cost Explorer): 1240 line(s), 31 day(s), 12 call(s), 4211.07 USD = total 4211.07 USD
 * r.notes().forEach(System.out::println);
 * }</pre>
 *
 * @param days days of the month asked for
 * @param estimatedDays days Cost Explorer marked as estimated (still changing)
 * @param lines FOCUS rows written
 * @param resourceLines rows of those carrying a resource id
 * @param calls API calls made, pages included
 * @param linesTotal the rows' BilledCost, summed exactly
 * @param accountTotal the ungrouped total Cost Explorer gave for the same days
 * @param notes what the user should know (resource-level data not enabled, outside the 14 days, …)
 */
public record CostExplorerReport(YearMonth month, Path file, int days, int estimatedDays, long lines, long resourceLines,
                                 int calls, String currency, BigDecimal linesTotal, BigDecimal accountTotal,
                                 List<String> notes) {
    public CostExplorerReport {
        notes = List.copyOf(notes);
    }

    @Override
    public String toString() {
        return "bill " + month + " (Cost Explorer): " + lines + " line(s)"
                + (resourceLines > 0 ? " (" + resourceLines + " by resource)" : "") + ", " + days + " day(s)"
                + (estimatedDays > 0 ? " (" + estimatedDays + " estimated)" : "") + ", " + calls + " call(s), "
                + cents(linesTotal) + " " + currency + " = total " + cents(accountTotal) + " " + currency;
    }

    private static String cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
