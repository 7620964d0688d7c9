package org.cloudcost.report.charts;

/**
 * The charts of {@code charts/} (FORMATS.md §3), each with a stable file name that
 * {@code report.md} and other tools link to.
 *
 * <pre>{@code
 * Path png = out.resolve("charts").resolve(ChartKind.CPU_HEATMAP.fileName());   // charts/cpu-heatmap.png
 * }</pre>
 */
public enum ChartKind {
    /** Billed cost by FOCUS ServiceCategory, largest first. */
    SPEND_BY_CATEGORY("spend-by-category.png", "Spend by service category"),
    /** Monthly saving of each saving strategy. */
    SAVINGS_BY_STRATEGY("savings-by-strategy.png", "Monthly savings by strategy"),
    /** Billed cost per charge day, with next month's forecast and its 95 % interval. */
    DAILY_SPEND("daily-spend.png", "Daily spend and next month's forecast"),
    /** The resources with the largest monthly saving, stacked by strategy. */
    TOP_RESOURCES("top-resources.png", "Top resources by monthly saving"),
    /** Fleet mean CPU by weekday and hour of day: the picture of night-time waste. */
    CPU_HEATMAP("cpu-heatmap.png", "Fleet mean CPU by hour and weekday");

    private final String fileName;
    private final String title;

    ChartKind(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    /** The PNG's file name inside the charts folder, e.g. {@code spend-by-category.png}. */
    public String fileName() {
        return fileName;
    }

    /** A short human title, used as the image's alternative text. */
    public String title() {
        return title;
    }
}
