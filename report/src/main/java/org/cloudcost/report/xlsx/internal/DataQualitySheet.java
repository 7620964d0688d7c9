package org.cloudcost.report.xlsx.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.ReadReport;
import org.cloudcost.core.rules.Skip;
import org.cloudcost.core.spend.SpendSummary;
import org.cloudcost.report.SpendText;

/**
 * The Data quality sheet: the files read, the lines skipped and why (with the cost they carried),
 * the reporting currency and exchange rates, the reconciliation, the rules run and disabled, every
 * resource a rule could not evaluate and why, the ignored resources and the analysis notes.
 * Written through SXSSF, so thousands of skipped resources stream like the findings.
 */
public final class DataQualitySheet {
    /** The sheet name. */
    public static final String SHEET = "Data quality";

    private DataQualitySheet() {
    }

    /** Fills {@code sheet}; {@code readReport} is empty when the dataset was not given. */
    public static void write(Sheet sheet, WorkbookSource source, WorkbookStyles styles) {
        SheetWriter w = new SheetWriter(sheet, styles, 0);
        w.widths(40, 40, 60, 14, 14, 16);
        w.landscape(false);
        AnalysisResult result = source.result();
        SheetWriter.label(w.next(), 0, "Data quality", styles.title());
        if (source.dataset().isEmpty()) {
            SheetWriter.label(w.next(), 0, "The dataset was not given to the report (Report.withDataset), so the files "
                    + "read and the lines skipped are not listed.", styles.note());
        }
        ReadReport read = source.dataset().map(d -> d.readReport()).orElse(ReadReport.empty());
        files(w, read);
        skipped(w, read);
        currency(w, result.spend());
        analysis(w, result);
        notEvaluated(w, result);
        list(w, "Ignored resources (carry the ignore tag)", result.ignoredResources());
        list(w, "Notes", result.notes());
    }

    private static void files(SheetWriter w, ReadReport read) {
        w.section("Files read");
        w.header(0, "File", "Kind", "Format", "Data lines", "Rows");
        for (ReadReport.FileRead f : read.files()) {
            Row r = w.next();
            w.text(r, 0, f.file());
            w.text(r, 1, f.kind());
            w.text(r, 2, f.format());
            SheetWriter.number(r, 3, f.dataLines(), w.styles().count());
            SheetWriter.number(r, 4, f.rows(), w.styles().count());
        }
        Row t = w.next();
        SheetWriter.label(t, 0, "Lines read", w.styles().boldText());
        SheetWriter.number(t, 3, read.linesRead(), w.styles().count());
    }

    private static void skipped(SheetWriter w, ReadReport read) {
        w.section("Lines skipped");
        w.header(0, "File", "Reason", "First line", "Lines", "Billed cost", "Currency");
        if (read.skipped().isEmpty()) {
            SheetWriter.label(w.next(), 0, "none", w.styles().note());
        }
        for (ReadReport.SkippedLines s : read.skipped()) {
            if (s.billedCost().isEmpty()) {
                skippedRow(w, s, null, "");
            }
            new java.util.TreeMap<>(s.billedCost()).forEach((currency, cost) -> skippedRow(w, s, cost, currency));
        }
        Row t = w.next();
        SheetWriter.label(t, 0, "Lines skipped", w.styles().boldText());
        SheetWriter.number(t, 3, read.linesSkipped(), w.styles().count());
    }

    private static void skippedRow(SheetWriter w, ReadReport.SkippedLines s, BigDecimal cost, String currency) {
        Row r = w.next();
        w.text(r, 0, s.file());
        w.text(r, 1, s.reason());
        SheetWriter.number(r, 2, s.firstLine(), w.styles().count());
        SheetWriter.number(r, 3, s.count(), w.styles().count());
        if (cost != null) {
            SheetWriter.number(r, 4, cost, w.styles().decimal());
            w.text(r, 5, currency);
        }
    }

    private static void currency(SheetWriter w, SpendSummary spend) {
        w.section("Currency");
        Row r = w.next();
        SheetWriter.label(r, 0, "Reporting currency", w.styles().boldText());
        w.text(r, 1, spend.currency());
        if (spend.exchangeRates().isEmpty()) {
            SheetWriter.label(w.next(), 0, "one currency in the bills: no conversion", w.styles().note());
            return;
        }
        w.header(0, "From", "Rate (1 unit = … " + spend.currency() + ")");
        for (Map.Entry<String, BigDecimal> e : spend.exchangeRates().entrySet()) {
            Row x = w.next();
            w.text(x, 0, e.getKey());
            SheetWriter.number(x, 1, e.getValue(), w.styles().decimal());
        }
    }

    private static void analysis(SheetWriter w, AnalysisResult result) {
        w.section("Analysis");
        Row rec = w.next();
        SheetWriter.label(rec, 0, "Reconciliation", w.styles().boldText());
        w.text(rec, 1, SpendText.reconciliationLine(result.spend().reconciliation()));
        Row asOf = w.next();
        SheetWriter.label(asOf, 0, "Ages measured to", w.styles().boldText());
        w.dateTime(asOf, 1, result.asOf());
        Row scale = w.next();
        SheetWriter.label(scale, 0, "Month scale", w.styles().boldText());
        SheetWriter.number(scale, 1, result.monthScale(), w.styles().decimal());
        Row run = w.next();
        SheetWriter.label(run, 0, "Rules run", w.styles().boldText());
        w.text(run, 1, String.join(", ", result.rulesRun()));
        Row off = w.next();
        SheetWriter.label(off, 0, "Rules disabled", w.styles().boldText());
        w.text(off, 1, result.rulesDisabled().isEmpty() ? "none" : String.join(", ", result.rulesDisabled()));
    }

    private static void notEvaluated(SheetWriter w, AnalysisResult result) {
        w.section("Resources not evaluated (" + result.skips().size() + ")");
        w.header(0, "Rule", "Resource", "Reason");
        if (result.skips().isEmpty()) {
            SheetWriter.label(w.next(), 0, "none", w.styles().note());
        }
        for (Map.Entry<String, List<Skip>> e : result.notEvaluated().entrySet()) {
            for (Skip s : e.getValue()) {
                Row r = w.next();
                w.text(r, 0, s.ruleId());
                w.text(r, 1, s.resourceId().equals(Skip.ALL) ? Skip.ALL + " (the whole rule)" : s.resourceId());
                w.text(r, 2, s.reason());
            }
        }
    }

    private static void list(SheetWriter w, String title, List<String> items) {
        w.section(title + " (" + items.size() + ")");
        if (items.isEmpty()) {
            SheetWriter.label(w.next(), 0, "none", w.styles().note());
        }
        for (String item : items) {
            w.text(w.next(), 0, item);
        }
    }
}
