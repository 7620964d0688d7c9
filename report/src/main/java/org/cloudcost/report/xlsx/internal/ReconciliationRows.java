package org.cloudcost.report.xlsx.internal;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Row;
import org.cloudcost.core.spend.Reconciliation;

/**
 * The Summary's reconciliation with the source files: the source total and the billed cost on
 * skipped lines (values from the read report), the reported total (a formula over the Spend
 * sheet's ServiceCategory block), their difference and a status, both formulas, so an edited
 * Spend sheet that no longer adds up says MISMATCH.
 */
final class ReconciliationRows {
    /** The status when the difference rounds to zero cents. */
    static final String RECONCILED = "reconciled";
    /** The status otherwise. */
    static final String MISMATCH = "MISMATCH: the report does not add up to the bill";

    private ReconciliationRows() {
    }

    static void write(SheetWriter w, Reconciliation rec, SpendSheet spendSheet) {
        WorkbookStyles styles = w.styles();
        w.section("Reconciliation with the source files");
        Row src = w.next();
        SheetWriter.label(src, 0, "Source billed cost (every line read)", styles.boldText());
        SheetWriter.number(src, 1, rec.sourceBilledCost(), styles.money());
        Row rep = w.next();
        SheetWriter.label(rep, 0, "Reported billed cost (Spend sheet)", styles.boldText());
        BigDecimal reported = spendSheet.categoryTotal();
        SheetWriter.formula(rep, 1, spendSheet.categoryRows() == 0 ? "0" : "SUM(" + spendSheet.categoryAmounts() + ")",
                reported.doubleValue(), styles.money());
        Row exc = w.next();
        SheetWriter.label(exc, 0, "Excluded (skipped lines, see Data quality)", styles.boldText());
        SheetWriter.number(exc, 1, rec.excludedBilledCost(), styles.money());
        Row diff = w.next();
        BigDecimal difference = rec.sourceBilledCost().subtract(reported).subtract(rec.excludedBilledCost());
        SheetWriter.label(diff, 0, "Difference (source − reported − excluded)", styles.boldText());
        SheetWriter.formula(diff, 1, "B" + (src.getRowNum() + 1) + "-B" + (rep.getRowNum() + 1) + "-B" + (exc.getRowNum() + 1),
                difference.doubleValue(), styles.boldMoney());
        Row status = w.next();
        SheetWriter.label(status, 0, "Status", styles.boldText());
        boolean ok = difference.abs().compareTo(Reconciliation.TOLERANCE) < 0;
        SheetWriter.formula(status, 1, "IF(ABS(B" + (diff.getRowNum() + 1) + ")<" + Reconciliation.TOLERANCE.toPlainString()
                + ",\"" + RECONCILED + "\",\"" + MISMATCH + "\")", ok ? RECONCILED : MISMATCH, styles.boldText());
    }
}
