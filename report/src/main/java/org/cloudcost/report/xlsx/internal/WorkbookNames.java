package org.cloudcost.report.xlsx.internal;

import java.util.Locale;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.cloudcost.core.rules.Strategy;

/**
 * The workbook's defined names: the effort inputs on the Assumptions sheet, which the Summary's
 * implementation cost formulas read, and the Summary's headline figures, so finance (and tests)
 * find them by name. Effort names carry the strategy in CamelCase, since names cannot hold a
 * hyphen: {@code EffortHours_RightSizing}, {@code HourlyRate_RightSizing},
 * {@code OneOffCost_RightSizing}.
 */
public final class WorkbookNames {
    /** All effort input cells (hours, rate, one-off of every strategy). */
    public static final String EFFORT_INPUTS = "EffortInputs";
    public static final String MONTH_SCALE = "MonthScale";
    public static final String MONTHLY_SPEND = "MonthlySpend";
    public static final String TOTAL_MONTHLY_SAVINGS = "TotalMonthlySavings";
    public static final String SAVINGS_PERCENT = "SavingsPercent";
    public static final String ANNUAL_SAVINGS = "AnnualSavings";
    public static final String IMPLEMENTATION_COST = "ImplementationCost";
    public static final String ROI_MULTIPLE = "RoiMultiple";
    public static final String PAYBACK_DAYS = "PaybackDays";

    private WorkbookNames() {
    }

    /** {@code EffortHours_ElasticScaling}. */
    public static String hours(Strategy s) {
        return "EffortHours_" + camel(s);
    }

    /** {@code HourlyRate_ElasticScaling}. */
    public static String rate(Strategy s) {
        return "HourlyRate_" + camel(s);
    }

    /** {@code OneOffCost_ElasticScaling}. */
    public static String oneOff(Strategy s) {
        return "OneOffCost_" + camel(s);
    }

    private static String camel(Strategy s) {
        StringBuilder out = new StringBuilder();
        for (String part : s.id().split("-")) {
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return out.toString();
    }

    /** Defines {@code name} as one cell of {@code sheet} (0-based row and column), absolute. */
    public static Name define(Workbook workbook, String name, String sheet, int row, int column) {
        return define(workbook, name, sheet + "!$" + CellReference.convertNumToColString(column) + "$" + (row + 1));
    }

    /** Defines {@code name} as {@code reference} ({@code Sheet!$B$5}). */
    public static Name define(Workbook workbook, String name, String reference) {
        Name n = workbook.createName();
        n.setNameName(name);
        n.setRefersToFormula(reference);
        return n;
    }
}
