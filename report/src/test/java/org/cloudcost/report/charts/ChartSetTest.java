package org.cloudcost.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.forecast.SpendForecast;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.rules.Findings;
import org.cloudcost.core.savings.SavingsPlan;
import org.cloudcost.core.spend.Reconciliation;
import org.cloudcost.core.spend.SpendSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartSetTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path dir;

    private static CostDataset fleet(CloudcostConfig config) {
        return ChartFixtures.dataset(ChartFixtures.fleetUsage(), config);
    }

    /** Reads {@code file} back as a PNG of exactly 1200 × 700 that is not a blank canvas. */
    private static void assertReadablePng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length)).as(file + " signature").isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(file + " decodes").isNotNull();
        assertThat(image.getWidth()).as(file + " width").isEqualTo(1200);
        assertThat(image.getHeight()).as(file + " height").isEqualTo(700);
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as(file + " has drawn content").hasSizeGreaterThan(5);
    }

    @Test
    void writesEveryChartAsA1200By700PngUnderItsStableName() throws IOException {
        ChartSet charts = ChartSet.of(ChartFixtures.result(), fleet(CloudcostConfig.defaults()));

        List<Path> pngs = charts.writeTo(dir.resolve("charts"));

        assertThat(charts.drawn()).containsExactly(ChartKind.values());
        assertThat(charts.skipped()).isEmpty();
        assertThat(pngs).extracting(p -> p.getFileName().toString()).containsExactly("spend-by-category.png",
                "savings-by-strategy.png", "daily-spend.png", "top-resources.png", "cpu-heatmap.png");
        for (Path png : pngs) {
            assertThat(png.getParent()).isEqualTo(dir.resolve("charts"));
            assertReadablePng(png);
        }
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            assertThat(files).as("no .part file is left behind").hasSize(5);
        }
    }

    @Test
    void writingAgainReplacesTheFiles() throws IOException {
        ChartSet charts = ChartSet.of(ChartFixtures.result());
        Path first = charts.writeTo(dir).get(0);
        Files.writeString(first, "not a png");

        charts.writeTo(dir);

        assertReadablePng(first);
    }

    @Test
    void withoutADatasetTheHeatmapIsSkippedAndSaysWhy() throws IOException {
        ChartSet charts = ChartSet.of(ChartFixtures.result(), null);

        List<Path> pngs = charts.writeTo(dir);

        assertThat(charts.drawn()).doesNotContain(ChartKind.CPU_HEATMAP).hasSize(4);
        assertThat(charts.skipped()).containsOnlyKeys(ChartKind.CPU_HEATMAP);
        assertThat(charts.skipped().get(ChartKind.CPU_HEATMAP)).contains("no usage data");
        assertThat(pngs).hasSize(4);
        assertThat(dir.resolve("cpu-heatmap.png")).doesNotExist();
        assertThat(charts.notes()).isEmpty();
    }

    @Test
    void usageWithoutCpuRowsSkipsTheHeatmap() {
        ChartSet charts = ChartSet.of(ChartFixtures.result(),
                ChartFixtures.dataset(UsageFrame.empty(), CloudcostConfig.defaults()));

        assertThat(charts.skipped()).containsEntry(ChartKind.CPU_HEATMAP, "the usage data has no cpu_percent rows");
    }

    @Test
    void withoutBillingOrSavingsOnlyTheSavingsChartIsDrawn() throws IOException {
        Reconciliation zero = Reconciliation.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        SpendSummary nothing = new SpendSummary("USD", List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), zero);
        SavingsPlan plan = SavingsPlan.of(List.of(), BigDecimal.ZERO, Map.of());
        AnalysisResult empty = new AnalysisResult(nothing, Findings.of(List.of()), plan, SpendForecast.of(Map.of()),
                List.of(), List.of(), List.of(), List.of(), List.of(), java.time.Instant.EPOCH, 1.0);
        ChartSet charts = ChartSet.of(empty);

        List<Path> pngs = charts.writeTo(dir);

        assertThat(charts.drawn()).containsExactly(ChartKind.SAVINGS_BY_STRATEGY);
        assertThat(charts.skipped()).containsOnlyKeys(ChartKind.SPEND_BY_CATEGORY, ChartKind.DAILY_SPEND,
                ChartKind.TOP_RESOURCES, ChartKind.CPU_HEATMAP);
        assertThat(charts.skipped().get(ChartKind.TOP_RESOURCES)).isEqualTo("no finding saves money");
        assertThat(pngs).singleElement().satisfies(p -> assertReadablePng(p));
    }

    @Test
    void creditsBelowZeroStillDraw() throws IOException {
        SpendSummary s = ChartFixtures.spend();
        Map<String, BigDecimal> categories = new java.util.LinkedHashMap<>(s.byServiceCategory());
        categories.put("Other", new BigDecimal("-25000.00"));
        Map<String, BigDecimal> daily = new java.util.LinkedHashMap<>(s.daily());
        daily.put("2026-10-31", new BigDecimal("-10000.00"));
        SpendSummary credited = new SpendSummary(s.currency(), s.billingPeriods(), s.totalBilledCost(),
                s.totalEffectiveCost(), s.totalListCost(), categories, s.byService(), s.bySubAccount(),
                s.byChargeCategory(), daily, s.exchangeRates(), s.reconciliation());
        AnalysisResult r = ChartFixtures.result();
        AnalysisResult withCredits = new AnalysisResult(credited, r.findings(), r.plan(), r.forecast(), r.skips(),
                r.rulesRun(), r.rulesDisabled(), r.ignoredResources(), r.notes(), r.asOf(), r.monthScale());

        for (Path png : ChartSet.of(withCredits).writeTo(dir)) {
            assertReadablePng(png);
        }
    }

    @Test
    void theHeatmapUsesTheConfiguredZoneElseUtcWithoutRegionsAndSaysWhich() {
        ChartSet configured = ChartSet.of(ChartFixtures.result(),
                fleet(CloudcostConfig.defaults().withTimeZone(ChartFixtures.CHINA)));
        ChartSet unconfigured = ChartSet.of(ChartFixtures.result(), fleet(CloudcostConfig.defaults()));
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");

        assertThat(configured.zone()).isEqualTo(ChartFixtures.CHINA);
        assertThat(configured.notes()).containsExactly(
                "The CPU heatmap averages " + 12 * 28 * 24 + " resource-hours of 12 resources, hours in Asia/Shanghai.");
        assertThat(unconfigured.zone().normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(unconfigured.notes()).singleElement().asString().contains("hours in UTC because no timeZone is configured and no resource has a region");
        assertThat(unconfigured.withZone(tokyo).zone()).isEqualTo(tokyo);
        assertThat(unconfigured.withZone(tokyo).notes()).singleElement().asString().endsWith("hours in Asia/Tokyo.");
    }

    @Test
    void withoutAConfiguredZoneTheHeatmapReadsHoursByTheClockOfTheRegionOfMostResources(@TempDir Path dir)
            throws IOException {
        Path inventory = Files.writeString(dir.resolve("inventory.csv"), String.join("\n",
                "ResourceId,ProviderName,ResourceType,RegionId,Spec,VCpu,MemoryGiB,State,CreatedAt,AttachedTo,"
                        + "BandwidthMbps,BandwidthBilling,Tags",
                "i-1,Alibaba Cloud,compute,cn-hangzhou,,,,running,,,,,",
                "i-2,Alibaba Cloud,compute,cn-hangzhou,,,,running,,,,,",
                "i-3,AWS,compute,us-east-1,,,,running,,,,,") + "\n");
        CostDataset read = CostDataset.read().inventory(inventory).load();
        CostDataset ds = new CostDataset(read.billing(), ChartFixtures.fleetUsage(), read.inventory(), read.storage(),
                read.readReport(), CloudcostConfig.defaults());
        ChartSet charts = ChartSet.of(ChartFixtures.result(), ds);
        assertThat(charts.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(charts.notes()).singleElement().asString()
                .contains("hours in Asia/Shanghai, the zone of cn-hangzhou, the region of most resources");
    }

    @Test
    void notesCountTheUsageRowsTheHeatmapLeftOut() {
        tech.tablesaw.api.Table t = ChartFixtures.fleetUsage().table();
        ChartFixtures.appendHour(t, "i-x", java.time.LocalDateTime.of(2026, 10, 5, 0, 0), 99, "Maximum", 3600);
        ChartSet charts = ChartSet.of(ChartFixtures.result(), ChartFixtures.dataset(new UsageFrame(t),
                CloudcostConfig.defaults()));

        assertThat(charts.notes()).contains("The CPU heatmap leaves out 1 cpu_percent " + CpuHeatmap.MAXIMUM_ROWS + ".");
    }

    @Test
    void theHeatmapReadsUsageFilesThroughTheDatasetReader() throws IOException {
        // 5-minute samples: 10 and 30 in the first quarter hour, the reader averages them into one hourly bucket
        Path usage = Files.write(dir.resolve("usage.csv"), List.of("ResourceId,Timestamp,Metric,Value",
                "i-1,2026-10-05T01:00:00Z,cpu_percent,10", "i-1,2026-10-05T01:05:00Z,cpu_percent,30",
                "i-2,2026-10-05T01:00:00Z,cpu_percent,50"));
        CostDataset ds = CostDataset.read().usage(usage)
                .config(CloudcostConfig.defaults().withTimeZone(ChartFixtures.CHINA)).load();

        CpuHeatmap map = CpuHeatmap.of(ds.usage(), ChartSet.of(ChartFixtures.result(), ds).zone());

        assertThat(map.mean(java.time.DayOfWeek.MONDAY, 9)).hasValueCloseTo(((10.0 + 30.0) / 2 + 50.0) / 2,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(ChartSet.of(ChartFixtures.result(), ds).drawn()).contains(ChartKind.CPU_HEATMAP);
    }
}
