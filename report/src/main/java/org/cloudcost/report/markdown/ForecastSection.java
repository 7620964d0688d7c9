package org.cloudcost.report.markdown;

import java.util.List;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.forecast.CategoryForecast;
import org.cloudcost.report.charts.ChartKind;
import org.cloudcost.report.internal.MoneyText;

/** The daily spend chart, then next month's forecast per category and in total. */
final class ForecastSection {
    private ForecastSection() {
    }

    static void appendTo(MarkdownDoc doc, AnalysisResult result, ChartLinks charts) {
        doc.heading(2, "Daily spend and next month's forecast");
        doc.paragraph(charts.block(ChartKind.DAILY_SPEND));
        List<CategoryForecast> all = result.forecast().all();
        if (all.isEmpty()) {
            doc.paragraph("No forecast: there is no daily billed cost to fit.");
            return;
        }
        String currency = result.spend().currency();
        MarkdownTable t = new MarkdownTable(List.of("ServiceCategory", "Month", "Expected (" + currency + ")",
                "95 % low", "95 % high", "Method", "Days of history"), 2, 3, 4, 6);
        for (CategoryForecast f : all) {
            String[] cells = {f.category(), f.month().toString(), MoneyText.money(f.expected()), MoneyText.money(f.low()),
                    MoneyText.money(f.high()), f.method(), String.valueOf(f.daysUsed())};
            if (f == all.get(all.size() - 1) && result.forecast().total().isPresent()) {
                t.totalRow(cells);
            } else {
                t.row(cells);
            }
        }
        doc.table(t);
        doc.paragraph("The interval treats daily residuals as independent and ignores the uncertainty of the fitted "
                + "trend: read it as approximate.");
    }
}
