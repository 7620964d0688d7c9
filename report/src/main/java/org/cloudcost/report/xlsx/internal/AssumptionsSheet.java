package org.cloudcost.report.xlsx.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.Effort;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;

/**
 * The Assumptions sheet: the implementation effort per strategy as input cells (hours, hourly
 * rate, one-off cost, each a named range the Summary reads), then the thresholds and prices the
 * analysis used, for reference. A strategy without configured effort has empty inputs, as the
 * savings plan counts nothing for it; when every input is empty the Summary says "not computed"
 * for the implementation cost, ROI and payback, as {@code summary.json} writes {@code null}.
 */
public final class AssumptionsSheet {
    /** The sheet name. */
    public static final String SHEET = "Assumptions";

    private AssumptionsSheet() {
    }

    /**
     * Fills {@code sheet}. The effort is the configuration's; without the dataset (so without the
     * configuration) each strategy's implementation cost from the savings plan becomes its one-off
     * cost, so the Summary's formulas still give the plan's figures.
     */
    public static void write(XSSFSheet sheet, WorkbookSource source, WorkbookStyles styles) {
        SheetWriter w = new SheetWriter(sheet, styles, 0);
        SheetWriter.label(w.next(), 0, "Assumptions", styles.title());
        SheetWriter.label(w.next(), 0, "Yellow cells are inputs: change them and the Summary's implementation cost, ROI and "
                + "payback recalculate. Thresholds and prices below are what the analysis used; changing them needs a new run.",
                styles.note());
        Map<Strategy, Effort> effort = source.dataset().map(d -> d.config().effort()).orElseGet(() -> fromPlan(source));
        effort(w, effort, source.currency(), source.dataset().isPresent());
        ThresholdRows.write(w, source);
        PriceRows.write(w, source);
        w.widths(26, 24, 16, 16, 16, 60, 14, 40);
        w.landscape(false);
    }

    private static void effort(SheetWriter w, Map<Strategy, Effort> effort, String currency, boolean configGiven) {
        w.section("Implementation effort per strategy (one-off)");
        w.header(0, "Strategy", "Hours", "Hourly rate (" + currency + ")", "One-off cost (" + currency + ")",
                "Cost (" + currency + ")");
        WorkbookStyles styles = w.styles();
        int first = w.rowIndex();
        for (Strategy s : Strategy.values()) {
            Row r = w.next();
            int excelRow = r.getRowNum() + 1;
            SheetWriter.label(r, 0, s.id(), styles.text());
            Effort e = effort.get(s);
            input(w, r, 1, e == null ? null : e.hours().doubleValue(), styles.inputDecimal(), WorkbookNames.hours(s));
            input(w, r, 2, e == null ? null : e.hourlyRate().doubleValue(), styles.inputMoney(), WorkbookNames.rate(s));
            input(w, r, 3, e == null ? null : e.oneOff().doubleValue(), styles.inputMoney(), WorkbookNames.oneOff(s));
            SheetWriter.formula(r, 4, "B" + excelRow + "*C" + excelRow + "+D" + excelRow,
                    e == null ? 0 : e.cost().doubleValue(), styles.money());
        }
        WorkbookNames.define(w.sheet().getWorkbook(), WorkbookNames.EFFORT_INPUTS,
                SHEET + "!$B$" + (first + 1) + ":$D$" + w.rowIndex());
        SheetWriter.label(w.next(), 0, (configGiven ? "From cloudcost.yaml (effort:). " : "The configuration was not given "
                + "to the report: each strategy's implementation cost from the savings plan is entered as its one-off cost. ") + "A strategy's cost counts only when it saves something; "
                + Strategy.CAPACITY_RISK.id() + " never does.", styles.note());
    }

    /** Each saving strategy's planned implementation cost as a one-off cost; none when the plan has no cost. */
    private static Map<Strategy, Effort> fromPlan(WorkbookSource source) {
        SavingsPlan plan = source.result().plan();
        if (plan.implementationCost().isEmpty()) {
            return Map.of();
        }
        Map<Strategy, Effort> out = new EnumMap<>(Strategy.class);
        for (Strategy s : plan.byStrategy().keySet()) {
            out.put(s, new Effort(BigDecimal.ZERO, BigDecimal.ZERO,
                    plan.implementationCostByStrategy().getOrDefault(s, BigDecimal.ZERO)));
        }
        return out;
    }

    private static void input(SheetWriter w, Row r, int column, Double value, CellStyle style, String name) {
        Cell c = r.createCell(column);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        WorkbookNames.define(w.sheet().getWorkbook(), name, SHEET, r.getRowNum(), column);
    }

    /** The configuration the thresholds were read with, if given. */
    static java.util.Optional<CloudcostConfig> config(WorkbookSource source) {
        return source.dataset().map(d -> d.config());
    }
}
