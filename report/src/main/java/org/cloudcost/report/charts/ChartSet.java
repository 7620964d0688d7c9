package org.cloudcost.report.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.report.internal.OutputWarmUp;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The PNG charts of an analysis ({@code charts/*.png}, FORMATS.md §3), 1200 × 700 pixels each:
 * spend by ServiceCategory, savings by strategy, daily spend with next month's forecast band,
 * the top resources by saving, and the fleet's mean CPU by hour and weekday.
 *
 * <pre>{@code
 * AnalysisResult result = dataset.analyze();
 * List<Path> pngs = ChartSet.of(result, dataset).writeTo(out.resolve("charts"));
 * ChartSet.of(result, null).skipped();   // {CPU_HEATMAP=no usage data was given to the report}
 * }</pre>
 *
 * <p>A chart whose data is absent is not drawn, and {@link #skipped()} says why: without a
 * dataset (or without {@code cpu_percent} rows) there is no heatmap; without billing, no spend
 * charts; without a saving finding, no top-resources chart. The heatmap's hours are in the
 * configured {@code timeZone} (cloudcost.yaml), else in UTC, or in the zone given to
 * {@link #withZone(ZoneId)}. Immutable; the heatmap is computed once, on first use.
 */
public final class ChartSet {
    /** The heatmap's zone when none is configured; named "UTC" (not "Z") in titles and notes. */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final AnalysisResult result;
    private final CostDataset dataset;
    private final ZoneId zone;
    /** Why the heatmap is in {@link #zone}, for the notes: empty when it was configured or given. */
    private final String zoneReason;
    private volatile CpuHeatmap heatmap;

    private ChartSet(AnalysisResult result, CostDataset dataset, ZoneId zone, String zoneReason) {
        this.result = Objects.requireNonNull(result, "result");
        this.dataset = dataset;
        this.zone = zone;
        this.zoneReason = zoneReason;
    }

    /**
     * The charts of {@code result}; {@code datasetOrNull} supplies the usage data the heatmap
     * needs and may be {@code null} (then the heatmap is skipped).
     */
    public static ChartSet of(AnalysisResult result, CostDataset datasetOrNull) {
        if (datasetOrNull == null) {
            return new ChartSet(result, null, UTC, "");
        }
        Optional<ZoneId> configured = datasetOrNull.config().timeZone();
        if (configured.isPresent()) {
            return new ChartSet(result, datasetOrNull, configured.get(), "");
        }
        Optional<String> region = MainRegion.of(datasetOrNull);
        if (region.isEmpty()) {
            return new ChartSet(result, datasetOrNull, UTC, " because no timeZone is configured and no resource has a "
                    + "region (set timeZone in cloudcost.yaml)");
        }
        ZoneId zone = datasetOrNull.config().zoneOf(region.get());
        return new ChartSet(result, datasetOrNull, zone.normalized().equals(java.time.ZoneOffset.UTC) ? UTC : zone,
                ", the zone of " + region.get() + ", the region of most resources (set timeZone in cloudcost.yaml to choose)");
    }

    /** The charts of {@code result} alone: everything but the heatmap. */
    public static ChartSet of(AnalysisResult result) {
        return of(result, null);
    }

    /** A copy whose heatmap shows hours in {@code zone}. */
    public ChartSet withZone(ZoneId zone) {
        return new ChartSet(result, dataset, Objects.requireNonNull(zone, "zone"), "");
    }

    /** The zone of the heatmap's hours. */
    public ZoneId zone() {
        return zone;
    }

    /** The charts {@link #writeTo(Path)} draws, in this order. */
    public List<ChartKind> drawn() {
        List<ChartKind> out = new ArrayList<>();
        for (ChartKind kind : ChartKind.values()) {
            if (skipReason(kind) == null) {
                out.add(kind);
            }
        }
        return List.copyOf(out);
    }

    /** The charts not drawn, each with the reason, as one sentence. */
    public Map<ChartKind, String> skipped() {
        Map<ChartKind, String> out = new EnumMap<>(ChartKind.class);
        for (ChartKind kind : ChartKind.values()) {
            String reason = skipReason(kind);
            if (reason != null) {
                out.put(kind, reason);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * What a reader of the charts should know: the heatmap's clock and the usage rows it left
     * out, by reason. Empty when there is nothing to say.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (dataset == null) {
            return notes;
        }
        CpuHeatmap map = heatmap();
        if (!map.isEmpty()) {
            notes.add("The CPU heatmap averages " + map.rowsUsed() + " resource-hours of " + map.resourceCount()
                    + " resources, hours in " + zone.getId()
                    + zoneReason + ".");
        }
        map.excluded().forEach((reason, rows) ->
                notes.add("The CPU heatmap leaves out " + rows + " cpu_percent " + reason + "."));
        return List.copyOf(notes);
    }

    /**
     * Draws the charts into {@code dir} (created if needed), replacing files of the same name.
     *
     * @return the PNG files written, in {@link #drawn()} order
     * @throws IOException when a file cannot be written
     */
    public List<Path> writeTo(Path dir) throws IOException {
        OutputWarmUp.await();
        ChartStyle.headless();
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ChartKind kind : drawn()) {
            written.add(PngFile.write(build(kind), dir.resolve(kind.fileName())));
        }
        return List.copyOf(written);
    }

    /**
     * Loads and initializes what drawing a chart needs (XChart, Java2D without a display, fonts,
     * the PNG encoder) by drawing a small bar chart into a stream that discards it. {@code
     * Report.warmUp()} runs it on a background thread while the analysis runs.
     *
     * @throws IOException when the PNG encoder fails
     */
    public static void warmUp() throws IOException {
        ChartStyle.headless();
        CategoryChart chart = ChartStyle.barChart("warm-up", "x", "y");
        chart.addSeries("s", List.of("a", "b"), List.of(1.5, 2.5));
        BitmapEncoder.saveBitmap(chart, OutputStream.nullOutputStream(), BitmapEncoder.BitmapFormat.PNG);
    }

    private Chart<?, ?> build(ChartKind kind) {
        String currency = result.spend().currency();
        return switch (kind) {
            case SPEND_BY_CATEGORY -> SpendByCategoryChart.build(result.spend());
            case SAVINGS_BY_STRATEGY -> SavingsByStrategyChart.build(result.plan(), currency);
            case DAILY_SPEND -> DailySpendChart.build(result.spend(), result.forecast().total());
            case TOP_RESOURCES -> TopResourcesChart.build(TopResources.of(result.plan().findings(), TopResources.LIMIT),
                    currency);
            case CPU_HEATMAP -> CpuHeatmapChart.build(heatmap());
        };
    }

    /** Why {@code kind} is not drawn, or null when it is. */
    private String skipReason(ChartKind kind) {
        return switch (kind) {
            case SPEND_BY_CATEGORY -> result.spend().byServiceCategory().isEmpty()
                    ? "there is no billed cost to break down" : null;
            case SAVINGS_BY_STRATEGY -> null;
            case DAILY_SPEND -> result.spend().daily().isEmpty() ? "there is no daily billed cost" : null;
            case TOP_RESOURCES -> TopResources.of(result.plan().findings(), 1).isEmpty()
                    ? "no finding saves money" : null;
            case CPU_HEATMAP -> heatmapSkipReason();
        };
    }

    private String heatmapSkipReason() {
        if (dataset == null) {
            return "no usage data was given to the report (written from the analysis alone)";
        }
        if (heatmap().isEmpty()) {
            return heatmap().excluded().isEmpty() ? "the usage data has no " + UsageFrame.CPU_PERCENT + " rows"
                    : "no " + UsageFrame.CPU_PERCENT + " row could be placed on the clock (see the notes)";
        }
        return null;
    }

    private CpuHeatmap heatmap() {
        CpuHeatmap h = heatmap;
        if (h == null) {
            h = CpuHeatmap.of(dataset.usage(), zone);
            heatmap = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "ChartSet{drawn " + drawn() + ", skipped " + skipped().keySet() + ", zone " + zone + "}";
    }
}
