package org.cloudcost.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.forecast.SpendForecast;
import org.cloudcost.core.spend.SpendSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts of a bill of one day, with its forecast; found missing in review. */
class ChartEdgeCasesTest {
    @TempDir
    Path dir;

    @Test
    void oneDayOfBillingStillDrawsTheDailyChartWithItsForecast() throws IOException {
        SpendSummary s = ChartFixtures.spend();
        Map<String, BigDecimal> daily = new LinkedHashMap<>();
        daily.put("2026-10-31", new BigDecimal("58000.00"));
        SpendSummary oneDay = new SpendSummary(s.currency(), s.billingPeriods(), s.totalBilledCost(), s.totalEffectiveCost(),
                s.totalListCost(), s.byServiceCategory(), s.byService(), s.bySubAccount(), s.byChargeCategory(), daily,
                s.exchangeRates(), s.reconciliation());
        SpendForecast forecast = SpendForecast.of(Map.of("Compute", Map.of(LocalDate.of(2026, 10, 31), 58000.0)));
        AnalysisResult r = ChartFixtures.result();
        AnalysisResult result = new AnalysisResult(oneDay, r.findings(), r.plan(), forecast, r.skips(), r.rulesRun(),
                r.rulesDisabled(), r.ignoredResources(), r.notes(), r.asOf(), r.monthScale());

        ChartSet charts = ChartSet.of(result);
        List<Path> pngs = charts.writeTo(dir);

        assertThat(charts.drawn()).contains(ChartKind.DAILY_SPEND, ChartKind.SPEND_BY_CATEGORY, ChartKind.SAVINGS_BY_STRATEGY);
        Path daySpend = dir.resolve(ChartKind.DAILY_SPEND.fileName());
        assertThat(pngs).contains(daySpend);
        BufferedImage image = ImageIO.read(daySpend.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(700);
    }
}
