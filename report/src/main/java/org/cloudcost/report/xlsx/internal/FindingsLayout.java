package org.cloudcost.report.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.cloudcost.core.rules.Findings;

/**
 * Where things are on the Findings sheet: the {@code findings.csv} columns of FORMATS.md §3 in
 * their order (then the CSV's two extra columns), then {@value #INCLUDE}; a header in row 1 and one
 * finding per row below. The Summary's formulas read the Strategy, EstimatedMonthlySavings and
 * Include columns through {@link #range(int)}.
 */
public final class FindingsLayout {
    /** The sheet name. */
    public static final String SHEET = "Findings";
    /** The column finance flips between {@code Y} (counted in the Summary) and {@code N}. */
    public static final String INCLUDE = "Include";
    /** The value of {@value #INCLUDE} that counts a finding. */
    public static final String INCLUDED = "Y";
    /** The value of {@value #INCLUDE} that leaves a finding out. */
    public static final String EXCLUDED = "N";

    /** Header labels, in column order. */
    public static final List<String> HEADERS = headers();
    /** Columns that hold money. */
    public static final Set<String> MONEY = Set.of("MonthlyCost", "EstimatedMonthlySavings", "StandaloneMonthlySavings",
            "EffectiveMonthlyCost");

    public static final int STRATEGY = column("Strategy");
    public static final int SAVING = column("EstimatedMonthlySavings");
    public static final int INCLUDE_COLUMN = column(INCLUDE);

    /** Column widths in characters, chosen for the typical content of each column. */
    private static final int[] WIDTHS = {22, 16, 30, 13, 16, 26, 14, 19, 12, 15, 15, 9, 50, 70, 11, 15, 15, 9};

    private final int findingCount;

    public FindingsLayout(int findingCount) {
        this.findingCount = findingCount;
    }

    private static List<String> headers() {
        List<String> h = new ArrayList<>(Findings.COLUMNS);
        h.add(INCLUDE);
        return List.copyOf(h);
    }

    /** The 0-based index of column {@code header}. */
    public static int column(String header) {
        int i = HEADERS.indexOf(header);
        if (i < 0) {
            throw new IllegalArgumentException("no Findings column " + header);
        }
        return i;
    }

    /** Width in characters of column {@code index}. */
    public static int width(int index) {
        return WIDTHS[index];
    }

    public int findingCount() {
        return findingCount;
    }

    /** The 1-based last row the formulas cover: the last finding's, at least row 2 (so an empty sheet still has a range). */
    public int lastRow() {
        return Math.max(2, findingCount + 1);
    }

    /** The data cells of one column, absolute, with the sheet name: {@code Findings!$K$2:$K$41}. */
    public String range(int column) {
        String letter = CellReference.convertNumToColString(column);
        return SHEET + "!$" + letter + "$2:$" + letter + "$" + lastRow();
    }

    /** The header and data rows, all columns: the autofilter's range. */
    public CellRangeAddress filterRange() {
        return new CellRangeAddress(0, Math.max(1, findingCount), 0, HEADERS.size() - 1);
    }
}
