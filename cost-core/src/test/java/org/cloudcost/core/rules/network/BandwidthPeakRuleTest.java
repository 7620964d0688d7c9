package org.cloudcost.core.rules.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.cloudcost.core.Analysis;
import org.cloudcost.core.AnalysisResult;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.config.RuleSettings;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.MetricSeries;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleFixture;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.RuleRegistry;
import org.cloudcost.core.rules.Skip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 Mbps fixed-bandwidth EIP billed 250/day for October (7,750 a month). Its "peaky" traffic
 * is 70 Mbps at 12:00 and 13:00 UTC and 10 Mbps the other 22 hours, for 31 days (744 hours): mean
 * 15 Mbps (15 % use), p50 to p90 10 Mbps, p95 and max 70 Mbps (4.67 × the mean). Catalog: traffic
 * 0.8 CNY/GB; fixed bandwidth 23 per Mbps-month up to 5 Mbps, 80 above; CDN 0.24 CNY/GB up to
 * 10,240 GB, 0.23 above. One Mbps for one hour is 10⁶ × 3600 / 8 / 10⁹ = 0.45 GB; volumes measured
 * over 744 hours are scaled by 730 / 744.
 */
class BandwidthPeakRuleTest {
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final ToDoubleFunction<Instant> PEAKY = t -> {
        int h = t.atZone(ZoneOffset.UTC).getHour();
        return h == 12 || h == 13 ? 70e6 : 10e6;
    };

    @TempDir
    Path dir;

    private static Price flat(String key, String value, String unit) {
        return new Price(key, new BigDecimal(value), unit, "test", "2026-11-01", "", List.of());
    }

    private static PriceCatalogs catalog(boolean complete) {
        return catalog(complete, "0.8");
    }

    private static PriceCatalogs catalog(boolean complete, String trafficPerGb) {
        Map<String, Price> p = new LinkedHashMap<>();
        if (complete) {
            p.put("traffic.internet.gb", flat("traffic.internet.gb", trafficPerGb, "CNY/GB"));
            p.put("bandwidth.fixed.mbpsMonth", new Price("bandwidth.fixed.mbpsMonth", new BigDecimal("23"), "CNY/Mbps-month",
                    "test", "2026-11-01", "", List.of(new Price.Tier(new BigDecimal("5"), new BigDecimal("23")),
                    new Price.Tier(null, new BigDecimal("80")))));
            p.put("cdn.traffic.gb", new Price("cdn.traffic.gb", new BigDecimal("0.24"), "CNY/GB", "test", "2026-11-01", "",
                    List.of(new Price.Tier(new BigDecimal("10240"), new BigDecimal("0.24")),
                            new Price.Tier(null, new BigDecimal("0.23")))));
        }
        return PriceCatalogs.of(List.of(new PriceCatalog("Alibaba Cloud", List.of(), "CNY", "cn-hangzhou", p, List.of(),
                Map.of())));
    }

    private RuleFixture eip(RuleFixture f, String id, String billing, String tags, int days, ToDoubleFunction<Instant> bps) {
        return f.dailyCost(id, "Networking", "Elastic IP Address", "EIP", 250, OCT_1, 31)
                .inventory(id + ",Alibaba Cloud,ip,cn-hangzhou,,,,inuse,2025-01-01T00:00:00Z,i-1,100," + billing + "," + tags)
                .hourly(id, "net_out_bps", OCT_1, days, bps)
                .catalogs(catalog(true));
    }

    private RuleFixture eip(ToDoubleFunction<Instant> bps) {
        return eip(RuleFixture.in(dir), "eip-1", "fixed", "env=prod", 31, bps);
    }

    @Test
    void aDailyPeakIsOffloadedToACdnAboveTheCheapestFixedLevel() {
        RuleOutcome out = new BandwidthPeakRule().evaluate(eip(PEAKY).context());
        assertThat(out.skips()).isEmpty();
        Finding f = out.findings().get(0);
        // (a) pay-by-traffic: 15e6 bit/s × 730 h × 3600 / 8 / 1e9 = 4927.5 GB × 0.8 = 3942.00
        // (b) levels: p50 … p90 = 10 Mbps, p95 = max = 70 Mbps
        //     10 Mbps: 5 × 23 + 5 × 80 = 515; above it 62 peak hours × 60 Mbps × 0.45 = 1674 GB in 744 h
        //              → × 730 / 744 = 1642.5 GB × 0.24 = 394.20; 515 + 394.20 = 909.20
        //     70 Mbps: 5 × 23 + 65 × 80 = 5315.00, nothing above it
        // cheapest: (b) at 10 Mbps; saving 7750 − 909.20 = 6840.80
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(6840.8, within(1e-6));
        assertThat(f.monthlyCost()).isEqualByComparingTo("7750");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM); // a CDN only helps for cacheable content
        assertThat(f.action()).isEqualTo("Keep 10 Mbps fixed and serve the peak above it from a CDN (about 1643 GB/month)");
        assertThat(f.reason())
                .contains("mean 15 Mbps (15 % average use, threshold 30 %), p95 70 Mbps (4.667 × the mean, threshold 3 ×)")
                .contains("now billed 7750.00 CNY/month (bill)")
                .contains("(a) pay-by-traffic 4928 GB/month at traffic.internet.gb = 3942.00 CNY/month (catalog)")
                .contains("(b) offload the peak: keep 10 Mbps fixed (p50 of hourly traffic, rounded up) 515.00 + 1643 GB/month "
                        + "above it on the CDN 394.20 = 909.20 CNY/month (catalog: bandwidth.fixed.mbpsMonth, cdn.traffic.gb; "
                        + "levels tried from p50: 10 Mbps (p50) 909.20, 70 Mbps (p95) 5315.00)")
                .contains("cheaper: (b) offload the peak to a CDN, saves 6840.80 CNY/month")
                .contains("a CDN only serves cacheable content");
    }

    @Test
    void cheapTrafficMakesPayByTrafficWin() {
        // traffic at 0.1 CNY/GB: (a) 4927.5 GB × 0.1 = 492.75 < (b) 909.20 → saving 7750 − 492.75 = 7257.25
        RuleOutcome out = new BandwidthPeakRule().evaluate(eip(PEAKY).catalogs(catalog(true, "0.1")).context());
        Finding f = out.findings().get(0);
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(7257.25, within(1e-6));
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH); // pay-by-traffic against the bill
        assertThat(f.action()).startsWith("Switch the public bandwidth from fixed to pay-by-traffic");
        assertThat(f.reason())
                .contains("(a) pay-by-traffic 4928 GB/month at traffic.internet.gb = 492.75 CNY/month (catalog)")
                .contains("(b) offload the peak: keep 10 Mbps fixed (p50 of hourly traffic, rounded up) 515.00 + 1643 GB/month "
                        + "above it on the CDN 394.20 = 909.20 CNY/month")
                .contains("cheaper: (a) pay-by-traffic, saves 7257.25 CNY/month")
                .doesNotContain("cacheable");
    }

    @Test
    void aHigherMinKeepPercentileKeepsThePeakFixedAndPayByTrafficWins() {
        // from p95 the only level is 70 Mbps = 5315.00, dearer than (a) 3942.00 → saving 7750 − 3942 = 3808
        RuleOutcome out = new BandwidthPeakRule().evaluate(eip(PEAKY).config(CloudcostConfig.defaults()
                .withThreshold("bandwidth-peak", "minKeepPercentile", 95)).context());
        Finding f = out.findings().get(0);
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(3808.0, within(1e-6));
        assertThat(f.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(f.action()).startsWith("Switch the public bandwidth from fixed to pay-by-traffic");
        assertThat(f.reason()).contains("keep 70 Mbps fixed (p95 of hourly traffic, rounded up) 5315.00 + 0 GB/month above it "
                + "on the CDN 0.00 = 5315.00 CNY/month (catalog: bandwidth.fixed.mbpsMonth, cdn.traffic.gb; levels tried from "
                + "p95: 70 Mbps (p95) 5315.00)");
    }

    @Test
    void theCheapestLevelMayLieAboveTheMedian() {
        // 1 Mbps 00:00–12:00, 60 Mbps 12:00–14:00, 4 Mbps 14:00–24:00 UTC: 372, 62 and 310 of 744 hours
        // p50: position 0.5 × 745 = 372.5, halfway between 1 and 4 = 2.5 → 3 Mbps; p55 … p90 = 4; p95 = max = 60
        //  3 Mbps: 3 × 23 = 69; above it (310 × 1 + 62 × 57) Mbps-h × 0.45 = 1729.8 GB → × 730/744 = 1697.25 × 0.24
        //          = 407.34; 476.34
        //  4 Mbps: 4 × 23 = 92; above it 62 × 56 × 0.45 = 1562.4 GB → 1533 GB × 0.24 = 367.92; 459.92 (cheapest)
        // 60 Mbps: 5 × 23 + 55 × 80 = 4515.00
        // (a): mean 5332 / 744 Mbps × 0.45 × 730 = 2354.25 GB × 0.8 = 1883.40
        // saving 7750 − 459.92 = 7290.08
        RuleOutcome out = new BandwidthPeakRule().evaluate(eip(t -> {
            int h = t.atZone(ZoneOffset.UTC).getHour();
            return h < 12 ? 1e6 : h < 14 ? 60e6 : 4e6;
        }).context());
        Finding f = out.findings().get(0);
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(7290.08, within(1e-6));
        assertThat(f.action()).isEqualTo("Keep 4 Mbps fixed and serve the peak above it from a CDN (about 1533 GB/month)");
        assertThat(f.reason())
                .contains("(a) pay-by-traffic 2354 GB/month at traffic.internet.gb = 1883.40 CNY/month (catalog)")
                .contains("keep 4 Mbps fixed (p55 of hourly traffic, rounded up) 92.00 + 1533 GB/month above it on the CDN "
                        + "367.92 = 459.92 CNY/month")
                .contains("levels tried from p50: 3 Mbps (p50) 476.34, 4 Mbps (p55) 459.92, 60 Mbps (p95) 4515.00)");
    }

    @Test
    void bandwidthAndCdnTiersAreRespected() {
        // 1000 Mbps billed 2500/day (77,500 a month); 10 Mbps, with 500 Mbps at 12:00 and 13:00 UTC
        // 10 Mbps fixed: 5 × 23 + 5 × 80 = 515 (not 10 × 23)
        // above it: 62 × 490 Mbps-h × 0.45 = 13,671 GB → × 730/744 = 13,413.75 GB:
        //   10,240 × 0.24 = 2457.60 + 3,173.75 × 0.23 = 729.9625 → 3187.5625 (not 13,413.75 × 0.24 = 3219.30)
        // 515 + 3187.5625 = 3702.5625; 500 Mbps: 115 + 495 × 80 = 39,715
        // (a): mean (22 × 10 + 2 × 500) / 24 = 50.833 Mbps × 0.45 × 730 = 16,698.75 GB × 0.8 = 13,359.00
        // saving 77,500 − 3702.5625 = 73,797.4375
        RuleOutcome out = new BandwidthPeakRule().evaluate(RuleFixture.in(dir)
                .dailyCost("eip-big", "Networking", "Elastic IP Address", "EIP", 2500, OCT_1, 31)
                .inventory("eip-big,Alibaba Cloud,ip,cn-hangzhou,,,,inuse,,i-1,1000,fixed,")
                .hourly("eip-big", "net_out_bps", OCT_1, 31, t -> {
                    int h = t.atZone(ZoneOffset.UTC).getHour();
                    return h == 12 || h == 13 ? 500e6 : 10e6;
                })
                .catalogs(catalog(true)).context());
        Finding f = out.findings().get(0);
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(73_797.4375, within(1e-6));
        assertThat(f.action()).isEqualTo("Keep 10 Mbps fixed and serve the peak above it from a CDN (about 13410 GB/month)");
        assertThat(f.reason())
                .contains("(a) pay-by-traffic 16700 GB/month at traffic.internet.gb = 13359.00 CNY/month (catalog)")
                .contains("keep 10 Mbps fixed (p50 of hourly traffic, rounded up) 515.00 + 13410 GB/month above it on the CDN "
                        + "3187.56 = 3702.56 CNY/month")
                .contains("levels tried from p50: 10 Mbps (p50) 3702.56, 500 Mbps (p95) 39715.00)")
                .contains("saves 73797.44 CNY/month");
    }

    @Test
    void steadyTrafficFarBelowTheBandwidthIsCutWithoutACdn() {
        // 25 Mbps all month (25 % < 30 %): every level is 25 Mbps = 115 + 20 × 80 = 1715, nothing above it for a CDN;
        // traffic 8212.5 GB × 0.8 = 6570
        RuleOutcome out = new BandwidthPeakRule().evaluate(eip(t -> 25e6).context());
        Finding f = out.findings().get(0);
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(7750 - 1715, within(1e-6));
        assertThat(f.action()).isEqualTo("Cut the fixed bandwidth from 100 to 25 Mbps (no hour of the data used more)");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(f.reason()).contains("cheaper: (b) a smaller fixed bandwidth").doesNotContain("cacheable");
    }

    @Test
    void averageUseExactlyAtTheThresholdIsNotFlagged() {
        // 25 Mbps on 100 is 25 %, not below a threshold of 25 %; a flat profile has peak/mean 1 < 3
        RuleOutcome out = new BandwidthPeakRule().evaluate(eip(t -> 25e6).config(CloudcostConfig.defaults()
                .withThreshold("bandwidth-peak", "maxAverageUtilizationPercent", 25)).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void wellUsedBandwidthAndTrafficBillingAreNotFlagged() {
        RuleFixture f = eip(RuleFixture.in(dir), "eip-busy", "fixed", "", 31, t -> 60e6);
        f = eip(f, "eip-traffic", "traffic", "", 31, PEAKY);
        RuleOutcome out = new BandwidthPeakRule().evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void anInstanceWithBandwidthBuiltInIsPricedAtTheCatalogPriceOfItsMbps() {
        RuleOutcome out = new BandwidthPeakRule().evaluate(RuleFixture.in(dir)
                .dailyCost("i-1", "Compute", "Elastic Compute Service", "ECS Instance", 1000, OCT_1, 31)
                .inventory("i-1,Alibaba Cloud,compute,cn-hangzhou,ecs.g7.2xlarge,8,32,running,2025-01-01T00:00:00Z,,100,fixed,")
                .hourly("i-1", "net_out_bps", OCT_1, 31, PEAKY)
                .catalogs(catalog(true)).context());
        Finding f = out.findings().get(0);
        // current: 100 Mbps = 5 × 23 + 95 × 80 = 7715 (not the 31,000 bill); cheapest: 10 Mbps + CDN 909.20;
        // saving 7715 − 909.20 = 6805.80
        assertThat(f.standaloneMonthlySavings().doubleValue()).isCloseTo(6805.8, within(1e-6));
        assertThat(f.monthlyCost()).isEqualByComparingTo("31000");
        assertThat(f.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(f.reason()).contains("the 100 Mbps cost 7715.00 CNY/month at bandwidth.fixed.mbpsMonth (catalog: the bill "
                + "of 31000.00 CNY/month includes the compute)");
    }

    @Test
    void alternativesDearerThanTheBillAreNoFinding() {
        RuleOutcome out = new BandwidthPeakRule().evaluate(RuleFixture.in(dir)
                .dailyCost("eip-1", "Networking", "Elastic IP Address", "EIP", 1, OCT_1, 31)
                .inventory("eip-1,Alibaba Cloud,ip,cn-hangzhou,,,,inuse,,i-1,100,fixed,")
                .hourly("eip-1", "net_out_bps", OCT_1, 31, PEAKY)
                .catalogs(catalog(true)).context());
        assertThat(out.findings()).isEmpty();
    }

    @Test
    void missingDataAndPricesAreSkips() {
        RuleFixture f = eip(RuleFixture.in(dir), "eip-short", "fixed", "", 10, PEAKY)
                .dailyCost("eip-none", "Networking", "Elastic IP Address", "EIP", 250, OCT_1, 31)
                .inventory("eip-none,Alibaba Cloud,ip,cn-hangzhou,,,,inuse,,i-2,100,fixed,")
                .dailyCost("eip-nombps", "Networking", "Elastic IP Address", "EIP", 250, OCT_1, 31)
                .inventory("eip-nombps,Alibaba Cloud,ip,cn-hangzhou,,,,inuse,,i-3,,fixed,");
        RuleOutcome out = new BandwidthPeakRule().evaluate(f.context());
        assertThat(out.skips()).extracting(Skip::resourceId, Skip::reason).containsExactlyInAnyOrder(
                tuple("eip-none", "no net_out_bps rows"),
                tuple("eip-nombps", "no BandwidthMbps in the inventory"),
                tuple("eip-short", "10 days of net_out_bps, needs 14")); // 10 UTC days touch 11 China days
        RuleOutcome noPrices = new BandwidthPeakRule().evaluate(eip(PEAKY).catalogs(catalog(false)).context());
        assertThat(noPrices.skips()).extracting(Skip::reason).containsExactly(
                "no price traffic.internet.gb, bandwidth.fixed.mbpsMonth in the Alibaba Cloud catalog");
    }

    @Test
    void thirteenDaysSeenInChinaTimeAreNotFourteen() {
        // 312 hours from Oct 1 00:00 UTC fall on 14 calendar days in China time (the first and last partial)
        RuleOutcome out = new BandwidthPeakRule().evaluate(eip(RuleFixture.in(dir), "eip-13", "fixed", "", 13, PEAKY)
                .context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).extracting(Skip::reason).containsExactly("13 days of net_out_bps, needs 14");
    }

    @Test
    void nonFiniteTrafficFromAnEmbeddingToolIsASkipNotACrash() {
        // the dataset's readers drop NaN, but a RuleContext of an embedding tool may hand over any MetricSeries
        RuleContext real = eip(PEAKY).context();
        long start = OCT_1.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        long[] times = new long[744];
        double[] bps = new double[744];
        for (int h = 0; h < 744; h++) {
            times[h] = start + h * 3600L;
            bps[h] = h == 100 ? Double.NaN : 10e6; // one broken hour in 31 days
        }
        MetricSeries broken = new MetricSeries("eip-1", "net_out_bps", "Average", times, bps);
        RuleContext odd = (RuleContext) java.lang.reflect.Proxy.newProxyInstance(RuleContext.class.getClassLoader(),
                new Class<?>[] {RuleContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("usage")) {
                        return Optional.of(broken);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        RuleOutcome out = new BandwidthPeakRule().evaluate(odd);
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).extracting(Skip::reason)
                .containsExactly("net_out_bps has values that are not finite numbers (NaN or infinite)");
    }

    @Test
    void onlyMaximumRowsAreASkipThatSaysSo() {
        RuleOutcome out = new BandwidthPeakRule().evaluate(RuleFixture.in(dir)
                .dailyCost("eip-max", "Networking", "Elastic IP Address", "EIP", 250, OCT_1, 31)
                .inventory("eip-max,Alibaba Cloud,ip,cn-hangzhou,,,,inuse,,i-1,100,fixed,")
                .hourly("eip-max", "net_out_bps", "Maximum", OCT_1, 31, PEAKY)
                .catalogs(catalog(true)).context());
        assertThat(out.skips()).extracting(Skip::reason)
                .containsExactly("no net_out_bps Average rows (only Maximum; the traffic volume needs hourly means)");
    }

    @Test
    void withoutUsageTheAnalysisSkipsTheRuleAsAWholeAndEvaluateAloneFindsNothing() {
        RuleFixture f = RuleFixture.in(dir)
                .dailyCost("eip-1", "Networking", "Elastic IP Address", "EIP", 250, OCT_1, 31)
                .inventory("eip-1,Alibaba Cloud,ip,cn-hangzhou,,,,inuse,,i-1,100,fixed,")
                .catalogs(catalog(true));
        AnalysisResult result = Analysis.of(f.dataset()).withRules(RuleRegistry.of(List.of(new BandwidthPeakRule())))
                .withCatalogs(catalog(true)).run();
        assertThat(result.skips()).containsExactly(
                new Skip("bandwidth-peak", Skip.ALL, "needs usage data (--usage) and the dataset has none"));
        assertThat(result.findings().isEmpty()).isTrue();
        // called directly, the rule does not check its inputs: the address is skipped for its own missing rows
        RuleOutcome out = new BandwidthPeakRule().evaluate(f.context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).containsExactly(new Skip("bandwidth-peak", "eip-1", "no net_out_bps rows"));
    }

    @Test
    void theIgnoreTagSilencesTheResource() {
        RuleOutcome out = new BandwidthPeakRule().evaluate(
                eip(RuleFixture.in(dir), "eip-1", "fixed", "env=prod;cloudcost:ignore=true", 31, PEAKY).context());
        assertThat(out.findings()).isEmpty();
        assertThat(out.skips()).isEmpty();
    }

    @Test
    void aPerEnvironmentThresholdApplies() {
        // peaky traffic is 15 % use and 4.67 × peak: staging only flags below 10 % use and above 5 ×
        RuleFixture f = eip(RuleFixture.in(dir), "eip-prod", "fixed", "env=prod", 31, PEAKY);
        f = eip(f, "eip-stg", "fixed", "env=staging", 31, PEAKY);
        RuleOutcome out = new BandwidthPeakRule().evaluate(f.config(CloudcostConfig.defaults().withRule("bandwidth-peak",
                RuleSettings.defaults().withEnvironmentThreshold("staging", "maxAverageUtilizationPercent", 10)
                        .withEnvironmentThreshold("staging", "minPeakToAverage", 5))).context());
        assertThat(out.findings()).extracting(Finding::resourceId).containsExactly("eip-prod");
    }
}
