package org.cloudcost.report.xlsx.internal;

import org.apache.poi.ss.usermodel.Row;
import org.cloudcost.core.forecast.CategoryForecast;
import org.cloudcost.core.forecast.SpendForecast;

/**
 * The Summary's "Next month's forecast" table: per ServiceCategory and in total, the expected
 * spend with its 95 % interval, the month, the model and the days it was fitted on. Model output,
 * so values, not formulas.
 */
final class ForecastRows {
    private ForecastRows() {
    }

    static void write(SheetWriter w, SpendForecast forecast) {
        WorkbookStyles styles = w.styles();
        w.section("Next month's forecast (model output, not a formula)");
        w.header(0, "ServiceCategory", "Expected", "Low (95 %)", "High (95 %)", "Month", "Method", "Days used");
        if (forecast.all().isEmpty()) {
            SheetWriter.label(w.next(), 0, "no billing days to forecast from", styles.note());
        }
        for (CategoryForecast f : forecast.all()) {
            Row r = w.next();
            w.text(r, 0, f.category());
            SheetWriter.number(r, 1, f.expected(), f.category().equals(SpendForecast.TOTAL) ? styles.boldMoney() : styles.money());
            SheetWriter.number(r, 2, f.low(), styles.money());
            SheetWriter.number(r, 3, f.high(), styles.money());
            w.text(r, 4, f.month().toString());
            w.text(r, 5, f.method());
            SheetWriter.number(r, 6, f.daysUsed(), styles.count());
        }
    }
}
