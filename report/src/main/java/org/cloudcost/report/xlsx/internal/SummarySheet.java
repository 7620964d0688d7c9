package org.cloudcost.report.xlsx.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.spend.SpendSummary;

/**
 * The Summary sheet, in the shape of the case study's table: spend by ServiceCategory with
 * shares; savings by strategy with their share of a month's spend, implementation cost and number
 * of findings; the monthly and annual savings, implementation cost, ROI multiple and payback; next
 * month's forecast; and the reconciliation with the source files. Every total is a formula over
 * the Findings sheet (SUMIFS on Strategy where Include is Y), the Spend sheet (its ServiceCategory rows) and the effort
 * inputs on the Assumptions sheet, so an edited Include or assumption moves it. Each formula is
 * written with its result, taken from the savings plan and spend summary (the figures
 * {@code summary.json} carries), for viewers that do not recalculate.
 */
public final class SummarySheet {
    /** The sheet name. */
    public static final String SHEET = "Summary";
    /** What ROI, payback and implementation cost show when there is no effort to divide by. */
    public static final String NOT_COMPUTED = "not computed";

    private final SheetWriter w;
    private final WorkbookStyles styles;
    private CellRangeAddress categoryLabels;
    private CellRangeAddress categoryAmounts;
    private CellRangeAddress strategyLabels;
    private CellRangeAddress strategyAmounts;

    private SummarySheet(XSSFSheet sheet, WorkbookStyles styles) {
        this.w = new SheetWriter(sheet, styles, 0);
        this.styles = styles;
    }

    /**
     * Fills {@code sheet}. The Spend sheet must be written and the Assumptions sheet's effort names
     * defined first; the Findings sheet may be streamed afterwards (its layout is known).
     */
    public static SummarySheet write(XSSFSheet sheet, WorkbookStyles styles, WorkbookSource source, SpendSheet spendSheet,
                                     FindingsLayout findings) {
        SummarySheet s = new SummarySheet(sheet, styles);
        AnalysisResult result = source.result();
        s.heading(result);
        s.spend(result.spend(), result.plan(), spendSheet);
        String savingsRow = s.savings(result.plan(), findings);
        s.headline(result.plan(), findings, savingsRow);
        ForecastRows.write(s.w, result.forecast());
        ReconciliationRows.write(s.w, result.spend().reconciliation(), spendSheet);
        s.w.widths(48, 18, 16, 18, 16, 16, 10);
        s.w.landscape(true);
        return s;
    }

    private void heading(AnalysisResult result) {
        SpendSummary spend = result.spend();
        SheetWriter.label(w.next(), 0, "Cost review " + spend.billingPeriod(), styles.title());
        Row r = w.next();
        SheetWriter.label(r, 0, "Billing period", styles.boldText());
        w.text(r, 1, spend.billingPeriod());
        r = w.next();
        SheetWriter.label(r, 0, "Currency", styles.boldText());
        w.text(r, 1, spend.currency());
        r = w.next();
        SheetWriter.label(r, 0, "Data as of", styles.boldText());
        w.dateTime(r, 1, result.asOf());
        r = w.next();
        SheetWriter.label(r, 0, "Month scale", styles.boldText());
        SheetWriter.number(r, 1, result.monthScale(), styles.decimal());
        SheetWriter.label(r, 2, "the period's spend × this = a month's spend", styles.note());
        define(WorkbookNames.MONTH_SCALE, r, 1);
    }

    /** Spend by ServiceCategory with the monthly spend the percentages are taken of. */
    private void spend(SpendSummary spend, SavingsPlan plan, SpendSheet spendSheet) {
        w.section("Spend by ServiceCategory");
        w.header(0, "ServiceCategory", "Spend", "Share");
        Map<String, BigDecimal> categories = spend.byServiceCategory();
        BigDecimal total = categories.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int first = w.rowIndex();
        int totalRow = first + categories.size() + 1;
        int index = 0;
        for (Map.Entry<String, BigDecimal> e : categories.entrySet()) {
            Row r = w.next();
            int n = r.getRowNum() + 1;
            w.text(r, 0, SpendSheet.label(e.getKey()));
            // the Spend sheet's row of the same category, not SUMIFS on the label: a label is bill text, and as a
            // criterion "Other*" is a wildcard, ">0" a comparison and "compute" matches "Compute"
            SheetWriter.formula(r, 1, spendSheet.categoryAmount(index++), e.getValue().doubleValue(), styles.money());
            SheetWriter.formula(r, 2, "IF($B$" + totalRow + "=0,0,B" + n + "/$B$" + totalRow + ")",
                    total.signum() == 0 ? 0 : e.getValue().doubleValue() / total.doubleValue(), styles.percent());
        }
        if (!categories.isEmpty()) {
            categoryLabels = new CellRangeAddress(first, first + categories.size() - 1, 0, 0);
            categoryAmounts = new CellRangeAddress(first, first + categories.size() - 1, 1, 1);
        }
        Row t = w.next();
        SheetWriter.label(t, 0, "Total", styles.boldText());
        SheetWriter.formula(t, 1, categories.isEmpty() ? "0" : "SUM(B" + (first + 1) + ":B" + (totalRow - 1) + ")",
                total.doubleValue(), styles.boldMoney());
        SheetWriter.formula(t, 2, "IF(B" + totalRow + "=0,0,1)", total.signum() == 0 ? 0 : 1, styles.boldPercent());
        Row m = w.next();
        SheetWriter.label(m, 0, "Monthly spend (total × month scale)", styles.boldText());
        SheetWriter.formula(m, 1, "B" + totalRow + "*" + WorkbookNames.MONTH_SCALE,
                plan.monthlySpend().doubleValue(), styles.money());
        define(WorkbookNames.MONTHLY_SPEND, m, 1);
    }

    /** Savings by strategy; returns the 1-based row of its total. */
    private String savings(SavingsPlan plan, FindingsLayout findings) {
        w.section("Savings by strategy (per month)");
        w.header(0, "Strategy", "Monthly saving", "% of monthly spend", "Implementation cost", "Findings included");
        String strategy = findings.range(FindingsLayout.STRATEGY);
        String saving = findings.range(FindingsLayout.SAVING);
        String include = findings.range(FindingsLayout.INCLUDE_COLUMN);
        String y = "\"" + FindingsLayout.INCLUDED + "\"";
        int first = w.rowIndex();
        int rows = 0;
        BigDecimal costTotal = BigDecimal.ZERO;
        int countTotal = 0;
        for (Map.Entry<Strategy, BigDecimal> e : plan.byStrategy().entrySet()) {
            Strategy s = e.getKey();
            Row r = w.next();
            rows++;
            int n = r.getRowNum() + 1;
            SheetWriter.label(r, 0, s.id(), styles.text());
            SheetWriter.formula(r, 1, "SUMIFS(" + saving + "," + strategy + ",$A" + n + "," + include + "," + y + ")",
                    e.getValue().doubleValue(), styles.money());
            SheetWriter.formula(r, 2, "IF(" + WorkbookNames.MONTHLY_SPEND + ">0,B" + n + "/" + WorkbookNames.MONTHLY_SPEND
                    + ",0)", share(e.getValue(), plan.monthlySpend()), styles.percent());
            BigDecimal cost = plan.implementationCostByStrategy().getOrDefault(s, BigDecimal.ZERO);
            costTotal = costTotal.add(cost);
            SheetWriter.formula(r, 3, "IF(B" + n + ">0," + WorkbookNames.hours(s) + "*" + WorkbookNames.rate(s) + "+"
                    + WorkbookNames.oneOff(s) + ",0)", cost.doubleValue(), styles.money());
            int count = (int) plan.findings().stream().filter(f -> f.strategy() == s).count();
            countTotal += count;
            SheetWriter.formula(r, 4, "COUNTIFS(" + strategy + ",$A" + n + "," + include + "," + y + ")", count,
                    styles.count());
        }
        strategyLabels = new CellRangeAddress(first, first + rows - 1, 0, 0);
        strategyAmounts = new CellRangeAddress(first, first + rows - 1, 1, 1);
        Row t = w.next();
        int n = t.getRowNum() + 1;
        SheetWriter.label(t, 0, "Total", styles.boldText());
        SheetWriter.formula(t, 1, "SUM(B" + (first + 1) + ":B" + (n - 1) + ")", plan.totalMonthlySavings().doubleValue(),
                styles.boldMoney());
        SheetWriter.formula(t, 2, "IF(" + WorkbookNames.MONTHLY_SPEND + ">0,B" + n + "/" + WorkbookNames.MONTHLY_SPEND + ",0)",
                share(plan.totalMonthlySavings(), plan.monthlySpend()), styles.boldPercent());
        SheetWriter.formula(t, 3, "SUM(D" + (first + 1) + ":D" + (n - 1) + ")", costTotal.doubleValue(), styles.boldMoney());
        SheetWriter.formula(t, 4, "SUM(E" + (first + 1) + ":E" + (n - 1) + ")", countTotal, styles.count());
        return String.valueOf(n);
    }

    private static double share(BigDecimal amount, BigDecimal of) {
        return of.signum() <= 0 ? 0 : amount.doubleValue() / of.doubleValue();
    }

    private void headline(SavingsPlan plan, FindingsLayout findings, String totalRow) {
        w.section("Headline");
        String total = WorkbookNames.TOTAL_MONTHLY_SAVINGS;
        String cost = WorkbookNames.IMPLEMENTATION_COST;
        named(WorkbookNames.TOTAL_MONTHLY_SAVINGS, "Monthly savings", "B" + totalRow,
                plan.totalMonthlySavings().doubleValue(), styles.boldMoney());
        named(WorkbookNames.SAVINGS_PERCENT, "Savings, % of monthly spend", "IF(" + WorkbookNames.MONTHLY_SPEND + ">0,"
                + total + "/" + WorkbookNames.MONTHLY_SPEND + ",0)", plan.savingsPercent().doubleValue() / 100, styles.boldPercent());
        named(WorkbookNames.ANNUAL_SAVINGS, "Annual savings (12 months)", total + "*12", plan.annualSavings().doubleValue(),
                styles.boldMoney());
        named(WorkbookNames.IMPLEMENTATION_COST, "Implementation cost (one-off)", "IF(COUNT(" + WorkbookNames.EFFORT_INPUTS
                + ")=0,\"" + NOT_COMPUTED + "\",D" + totalRow + ")", plan.implementationCost(), styles.boldMoney());
        named(WorkbookNames.ROI_MULTIPLE, "ROI multiple (annual savings ÷ implementation cost)", "IF(ISNUMBER(" + cost
                + "),IF(" + cost + ">0," + WorkbookNames.ANNUAL_SAVINGS + "/" + cost + ",\"" + NOT_COMPUTED + "\"),\""
                + NOT_COMPUTED + "\")", plan.roiMultiple(), styles.multiple());
        named(WorkbookNames.PAYBACK_DAYS, "Payback (implementation cost ÷ daily saving)", "IF(AND(ISNUMBER(" + cost + "),"
                + total + ">0)," + cost + "/(" + WorkbookNames.ANNUAL_SAVINGS + "/365),\"" + NOT_COMPUTED + "\")",
                plan.paybackDays(), styles.days());
        Row r = w.next();
        SheetWriter.label(r, 0, "Findings included (Include = Y; capacity risks too)", styles.boldText());
        SheetWriter.formula(r, 1, "COUNTIF(" + findings.range(FindingsLayout.INCLUDE_COLUMN) + ",\""
                + FindingsLayout.INCLUDED + "\")", plan.findingCount(), styles.count());
    }

    private void named(String name, String label, String formula, double result, CellStyle style) {
        Row r = w.next();
        SheetWriter.label(r, 0, label, styles.boldText());
        SheetWriter.formula(r, 1, formula, result, style);
        define(name, r, 1);
    }

    private void named(String name, String label, String formula, Optional<BigDecimal> result, CellStyle style) {
        Row r = w.next();
        SheetWriter.label(r, 0, label, styles.boldText());
        if (result.isPresent()) {
            SheetWriter.formula(r, 1, formula, result.get().doubleValue(), style);
        } else {
            SheetWriter.formula(r, 1, formula, NOT_COMPUTED, style);
        }
        define(name, r, 1);
    }

    private void define(String name, Row row, int column) {
        WorkbookNames.define(w.sheet().getWorkbook(), name, SHEET, row.getRowNum(), column);
    }

    /** The ServiceCategory labels on this sheet; empty without spend. */
    public Optional<CellRangeAddress> categoryLabels() {
        return Optional.ofNullable(categoryLabels);
    }

    public Optional<CellRangeAddress> categoryAmounts() {
        return Optional.ofNullable(categoryAmounts);
    }

    public CellRangeAddress strategyLabels() {
        return strategyLabels;
    }

    public CellRangeAddress strategyAmounts() {
        return strategyAmounts;
    }

    public XSSFSheet sheet() {
        return (XSSFSheet) w.sheet();
    }
}
