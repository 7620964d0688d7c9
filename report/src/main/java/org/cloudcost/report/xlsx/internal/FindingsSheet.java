package org.cloudcost.report.xlsx.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cloudcost.core.rules.Finding;

/**
 * The Findings sheet: one row per finding, largest saving first, with typed cells (money as
 * numbers in the currency's format), a frozen header, an autofilter, fixed widths and a
 * {@code Y}/{@code N} Include column (a drop-down) the Summary counts. The header, filter, pane
 * and validation are set on the XSSF template sheet; the rows are streamed through SXSSF so a
 * sheet of 100,000 findings keeps only a window of rows in memory.
 */
public final class FindingsSheet {
    /** Largest de-duplicated saving first, then resource and rule, as the savings plan orders them. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::estimatedMonthlySavings).reversed()
            .thenComparing(Finding::resourceId).thenComparing(Finding::ruleId);

    private FindingsSheet() {
    }

    /** The findings in sheet order (a stable sort of a copy). */
    public static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(ORDER);
        return out;
    }

    /** Header, widths, frozen header row, autofilter and the Include drop-down, on the template sheet. */
    public static void prepare(XSSFSheet sheet, FindingsLayout layout, WorkbookStyles styles) {
        SheetWriter w = new SheetWriter(sheet, styles, 0);
        w.header(0, FindingsLayout.HEADERS.toArray(String[]::new));
        for (int c = 0; c < FindingsLayout.HEADERS.size(); c++) {
            sheet.setColumnWidth(c, FindingsLayout.width(c) * 256);
        }
        sheet.createFreezePane(0, 1);
        w.landscape(false);
        sheet.setRepeatingRows(new org.apache.poi.ss.util.CellRangeAddress(0, 0, -1, -1));
        sheet.setAutoFilter(layout.filterRange());
        if (layout.findingCount() > 0) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation v = helper.createValidation(
                    helper.createExplicitListConstraint(new String[] {FindingsLayout.INCLUDED, FindingsLayout.EXCLUDED}),
                    new CellRangeAddressList(1, layout.findingCount(), FindingsLayout.INCLUDE_COLUMN,
                            FindingsLayout.INCLUDE_COLUMN));
            v.setShowErrorBox(true);
            v.createErrorBox("Include", "Y counts the finding in the Summary, N leaves it out.");
            v.setShowPromptBox(true);
            v.createPromptBox("Include", "Y counts this finding in the Summary's savings and ROI; N leaves it out.");
            sheet.addValidationData(v);
        }
    }

    /** Writes one row per finding from row 2 on; {@code sheet} is the streaming view of the template sheet. */
    public static void writeRows(Sheet sheet, List<Finding> findings, WorkbookStyles styles) {
        SheetWriter w = new SheetWriter(sheet, styles, 1);
        for (Finding f : findings) {
            Row r = w.next();
            int c = 0;
            w.text(r, c++, f.ruleId());
            w.text(r, c++, f.strategy().id());
            w.text(r, c++, f.resourceId());
            w.text(r, c++, f.resourceType());
            w.text(r, c++, f.serviceCategory());
            w.text(r, c++, f.serviceName());
            w.text(r, c++, f.regionId());
            w.text(r, c++, f.subAccountId());
            w.text(r, c++, f.environment());
            SheetWriter.number(r, c++, f.monthlyCost(), styles.money());
            SheetWriter.number(r, c++, f.estimatedMonthlySavings(), styles.money());
            w.text(r, c++, f.currency());
            w.text(r, c++, f.action());
            w.text(r, c++, f.reason());
            w.text(r, c++, f.confidence().name());
            SheetWriter.number(r, c++, f.standaloneMonthlySavings(), styles.money());
            SheetWriter.number(r, c++, f.effectiveMonthlyCost(), styles.money());
            SheetWriter.label(r, c, FindingsLayout.INCLUDED, styles.text());
        }
    }
}
