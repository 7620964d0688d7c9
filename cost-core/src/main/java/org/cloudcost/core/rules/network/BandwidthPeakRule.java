package org.cloudcost.core.rules.network;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.rules.CatalogChecks;
import org.cloudcost.core.internal.rules.DataDays;
import org.cloudcost.core.internal.rules.MissingSeries;
import org.cloudcost.core.internal.rules.RuleFigures;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.MetricSeries;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * Flags public bandwidth bought as a fixed number of Mbps for a peak the rest of the day does not
 * use (the case study's 2 Gbps fixed bandwidth with an average under 500 Mbps and a daily peak near
 * 2 Gbps), and prices paying for traffic instead, or keeping less fixed bandwidth and offloading the
 * peak to a CDN.
 *
 * <p>Decision, per resource with {@code BandwidthBilling = fixed} and a {@code BandwidthMbps} in
 * the inventory and at least {@code minDays} days of hourly {@code net_out_bps} (whole days spanned,
 * not calendar days touched): average use =
 * mean hourly bit/s ÷ (Mbps × 10<sup>6</sup>); peak = p95 of hourly bit/s (the maximum is reported
 * too). A candidate has average use below {@code maxAverageUtilizationPercent} or
 * peak ÷ mean at least {@code minPeakToAverage}.
 *
 * <p>Saving: two alternatives priced from the catalog, the cheaper one wins:
 * <ol>
 * <li>(a) pay-by-traffic: {@code GB/month = mean bit/s × 730 × 3600 / 8 / 10^9} (decimal GB) ×
 * {@code traffic.internet.gb} (tiered when the catalog says so);</li>
 * <li>(b) offload the peak: the cheapest fixed level. The candidate levels are the percentiles of
 * hourly traffic from p{@code minKeepPercentile} (50) up to p95 in steps of 5, and the maximum,
 * each rounded up to whole Mbps (at least 1) and below the current Mbps; a level costs
 * {@code bandwidth.fixed.mbpsMonth} for its Mbps (tiered by Mbps) plus {@code cdn.traffic.gb}
 * (tiered by GB) for the traffic above it, {@code Σ max(0, bps − level) × 3600 / 8 / 10^9} GB over
 * the hours with data, scaled from those hours to 730 (as the mean of (a) is). At the maximum
 * nothing goes to the CDN: the fixed bandwidth is only cut. Hourly means hide sub-hour bursts,
 * which the CDN absorbs too.</li>
 * </ol>
 * {@code saving = current cost − cheaper alternative}, when positive. The current cost is the bill
 * ({@link Resource#monthlyCost()}) for network resources (types {@code ip}, {@code nat},
 * {@code load-balancer}, {@code cdn}, or ServiceCategory {@code Networking}), whose bill is the
 * bandwidth. An instance with bandwidth built in (an ECS with a fixed public IP) has a bill mixing
 * the instance and the bandwidth, so its current bandwidth cost is the catalog price of its Mbps
 * (at most its bill), and the reason says so. The action names the option and the level; the
 * reason gives the figures of both options and of every level tried. Confidence HIGH when
 * pay-by-traffic wins against a billed cost, MEDIUM otherwise: a CDN only helps for cacheable
 * content (the reason says so), and a catalog-priced current cost is an estimate. Sources:
 * CASE-STUDY (2 Gbps peak, &lt; 500 Mbps average, offload peak traffic to a CDN); Alibaba Cloud
 * ECS/EIP billing guidance (pay-by-traffic for variable traffic with spikes).
 *
 * <pre>{@code
 * new BandwidthPeakRule().evaluate(context).findings();
 * // bandwidth-peak eip-1: save 6840.80 CNY/month of 7750.00 (MEDIUM):
 * //   Keep 10 Mbps fixed and serve the peak above it from a CDN (about 1643 GB/month); ...
 * }</pre>
 */
public final class BandwidthPeakRule implements Rule {
    static final String TRAFFIC = "traffic.internet.gb";
    static final String FIXED = "bandwidth.fixed.mbpsMonth";
    static final String CDN = "cdn.traffic.gb";
    /** Resource types whose bill is their bandwidth. */
    static final Set<String> NETWORK_TYPES = Set.of("ip", "nat", "load-balancer", "cdn");
    /** Percentiles between the fixed levels option (b) tries. */
    static final int PERCENTILE_STEP = 5;
    /** What the reason says when the CDN option wins. */
    static final String CACHEABLE = "; a CDN only serves cacheable content (static files, images, downloads, video): "
            + "check that the peak is such traffic, since dynamic or per-user responses still need the fixed bandwidth, "
            + "so confidence is at most MEDIUM";

    @Override
    public String id() {
        return "bandwidth-peak";
    }

    @Override
    public Strategy strategy() {
        return Strategy.NETWORK;
    }

    @Override
    public String summary() {
        return "Fixed bandwidth with low average use or a peak far above the average: pay by traffic or offload the peak to a CDN";
    }

    @Override
    public String description() {
        return "Resources with fixed bandwidth whose mean hourly outbound traffic is below maxAverageUtilizationPercent of "
                + "the provisioned Mbps, or whose p95 is at least minPeakToAverage × the mean. Prices (a) pay-by-traffic "
                + "(mean GB/month × traffic.internet.gb) and (b) the cheapest fixed level among the hourly-traffic "
                + "percentiles from p(minKeepPercentile) to the maximum in steps of 5 (bandwidth.fixed.mbpsMonth) with the "
                + "traffic above it on a CDN (cdn.traffic.gb); saving = current cost (the bill; the catalog price of the "
                + "Mbps for instances whose bill includes compute) − the cheaper option. The CDN option is at most MEDIUM "
                + "confidence: a CDN only serves cacheable content.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.USAGE, DataKind.INVENTORY, DataKind.BILLING);
    }

    @Override
    public List<Threshold> thresholds() {
        return BandwidthPeakThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        for (Resource r : context.resources()) {
            if ("fixed".equalsIgnoreCase(r.bandwidthBilling()) && !context.ignored(r)) {
                evaluate(context, r, out);
            }
        }
        return out.build();
    }

    /**
     * A priced option: its name, what to do, its monthly cost, how it was priced, and the GB a month
     * it sends to a CDN.
     */
    private record Alternative(String name, String action, BigDecimal cost, String text, boolean payByTraffic,
                               double cdnGb) {
    }

    private void evaluate(RuleContext context, Resource r, RuleOutcome.Builder out) {
        Double mbps = r.bandwidthMbps();
        if (mbps == null || mbps <= 0) {
            out.skip(r, "no BandwidthMbps in the inventory");
            return;
        }
        Optional<MetricSeries> series = context.usage(r, UsageFrame.NET_OUT_BPS);
        if (series.isEmpty()) {
            out.skip(r, MissingSeries.reason(context, r, UsageFrame.NET_OUT_BPS, "the traffic volume needs hourly means"));
            return;
        }
        BandwidthPeakThresholds t = BandwidthPeakThresholds.of(context.thresholds(this, r));
        int days = DataDays.of(series.get(), context.zone(r));
        if (days < t.minDays()) {
            out.skip(r, days + " days of net_out_bps, needs " + t.minDays());
            return;
        }
        TrafficProfile traffic = TrafficProfile.of(series.get());
        if (!traffic.allFinite()) {
            out.skip(r, "net_out_bps has values that are not finite numbers (NaN or infinite)");
            return;
        }
        double mean = traffic.meanBps();
        double peak = traffic.percentileBps(95);
        double use = mean / (mbps * 1e6) * 100;
        double ratio = mean > 0 ? peak / mean : Double.POSITIVE_INFINITY;
        if (!(use < t.maxAverageUtilizationPercent() || ratio >= t.minPeakToAverage())) {
            return;
        }
        if (r.monthlyCost().signum() == 0) {
            out.skip(r, "no billed cost");
            return;
        }
        CatalogChecks.Found found = CatalogChecks.forResource(context, r);
        if (found.catalog().isEmpty()) {
            out.skip(r, found.skipReason());
            return;
        }
        PriceCatalog c = found.catalog().get();
        String currency = found.currency();
        boolean billed = NETWORK_TYPES.contains(r.resourceType()) || "Networking".equalsIgnoreCase(r.serviceCategory());
        BigDecimal current;
        String currentText;
        if (billed) {
            current = r.monthlyCost();
            currentText = "billed " + RuleFigures.money(current) + " " + currency + "/month (bill)";
        } else {
            Optional<Price> fixed = c.price(FIXED);
            if (fixed.isEmpty()) {
                out.skip(r, "its bill mixes the " + r.resourceType() + " with its bandwidth, and the " + c.provider()
                        + " catalog has no price " + FIXED + " to separate them");
                return;
            }
            current = fixed.get().cost(mbps).min(r.monthlyCost());
            currentText = String.format(Locale.ROOT, "the %s Mbps cost %s %s/month at %s (catalog: the bill of %s %s/month "
                            + "includes the %s)", number(mbps), RuleFigures.money(current), currency, FIXED,
                    RuleFigures.money(r.monthlyCost()), currency, r.resourceType().isEmpty() ? "instance" : r.resourceType());
        }
        List<Alternative> alternatives = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        payByTraffic(c, traffic, currency, missing).ifPresent(alternatives::add);
        offloadPeak(c, traffic, mbps, t.minKeepPercentile(), currency, missing).ifPresent(alternatives::add);
        if (alternatives.isEmpty()) {
            if (!missing.isEmpty()) {
                out.skip(r, CatalogChecks.noPrice(c, missing.toArray(String[]::new)));
            }
            return;
        }
        Alternative best = alternatives.stream().min(Comparator.comparing(Alternative::cost)).orElseThrow();
        BigDecimal saving = current.subtract(best.cost());
        if (saving.signum() <= 0) {
            return;
        }
        String profile = String.format(Locale.ROOT, "Fixed %s Mbps; hourly outbound traffic over %d days: mean %s Mbps "
                        + "(%s %% average use, threshold %s %%), p95 %s Mbps (%s × the mean, threshold %s ×), max %s Mbps",
                number(mbps), days, number(mean / 1e6), number(use), number(t.maxAverageUtilizationPercent()),
                number(peak / 1e6), number(ratio), number(t.minPeakToAverage()), number(traffic.maxBps() / 1e6));
        List<String> priced = alternatives.stream().map(Alternative::text).toList();
        out.add(context.finding(this, r)
                .monthlySavings(saving)
                .action(best.action())
                .reason(profile + "; now " + currentText + "; " + String.join("; ", priced) + "; cheaper: " + best.name()
                        + ", saves " + RuleFigures.money(saving) + " " + currency + "/month (traffic in decimal GB)"
                        + (best.cdnGb() > 0 ? CACHEABLE : ""))
                .confidence(best.payByTraffic() && billed ? Confidence.HIGH : Confidence.MEDIUM)
                .build());
    }

    private static Optional<Alternative> payByTraffic(PriceCatalog c, TrafficProfile traffic, String currency,
                                                      List<String> missing) {
        Optional<Price> price = c.price(TRAFFIC);
        if (price.isEmpty()) {
            missing.add(TRAFFIC);
            return Optional.empty();
        }
        double gb = traffic.gbPerMonth();
        BigDecimal cost = price.get().cost(gb).round(MathContext.DECIMAL64);
        return Optional.of(new Alternative("(a) pay-by-traffic", "Switch the public bandwidth from fixed to pay-by-traffic "
                + "(keep a bandwidth cap against runaway traffic)", cost, String.format(Locale.ROOT, "(a) pay-by-traffic %s "
                + "GB/month at %s = %s %s/month (catalog)", number(gb), TRAFFIC, RuleFigures.money(cost), currency), true, 0));
    }

    /** One fixed level of option (b): the lowest percentile that gives it, and what it costs with the CDN. */
    private record Level(double mbps, String percentile, BigDecimal fixedCost, double cdnGb, BigDecimal cdnCost) {
        BigDecimal cost() {
            return fixedCost.add(cdnCost).round(MathContext.DECIMAL64);
        }
    }

    /**
     * Option (b): the cheapest fixed level among the percentiles of hourly traffic from
     * {@code minKeepPercentile} up in steps of 5, and the maximum, each rounded up to whole Mbps and
     * below {@code mbps}, with the traffic above it on the CDN; empty when no level is below
     * {@code mbps} or a price is missing.
     */
    private static Optional<Alternative> offloadPeak(PriceCatalog c, TrafficProfile traffic, double mbps,
                                                     double minKeepPercentile, String currency, List<String> missing) {
        Map<Double, String> levels = new LinkedHashMap<>(); // level → the lowest percentile giving it
        for (int k = 0; minKeepPercentile + PERCENTILE_STEP * k < 100 - 1e-9; k++) {
            double p = minKeepPercentile + PERCENTILE_STEP * k;
            levels.putIfAbsent(wholeMbps(traffic.percentileBps(p)), "p" + number(p));
        }
        levels.putIfAbsent(wholeMbps(traffic.maxBps()), "max");
        levels.keySet().removeIf(level -> level >= mbps);
        if (levels.isEmpty()) {
            return Optional.empty();
        }
        Optional<Price> fixed = c.price(FIXED);
        Optional<Price> cdn = c.price(CDN);
        if (fixed.isEmpty() || cdn.isEmpty()) {
            missing.add(fixed.isEmpty() ? FIXED : CDN);
            return Optional.empty();
        }
        List<Level> priced = new ArrayList<>();
        levels.forEach((level, percentile) -> {
            double gb = traffic.gbAbovePerMonth(level * 1e6);
            priced.add(new Level(level, percentile, fixed.get().cost(level), gb, cdn.get().cost(gb)));
        });
        // the cheapest; on a tie the higher level, which leans less on the CDN
        Level best = priced.stream().min(Comparator.comparing(Level::cost)
                .thenComparing(Comparator.comparingDouble(Level::mbps).reversed())).orElseThrow();
        String tried = String.join(", ", priced.stream().sorted(Comparator.comparingDouble(Level::mbps))
                .map(l -> number(l.mbps()) + " Mbps (" + l.percentile() + ") " + RuleFigures.money(l.cost())).toList());
        String keep = String.format(Locale.ROOT, "keep %s Mbps fixed (%s of hourly traffic, rounded up) %s + %s GB/month "
                        + "above it on the CDN %s = %s %s/month (catalog: %s, %s; levels tried from p%s: %s)",
                number(best.mbps()), best.percentile(), RuleFigures.money(best.fixedCost()), number(best.cdnGb()),
                RuleFigures.money(best.cdnCost()), RuleFigures.money(best.cost()), currency, FIXED, CDN,
                number(minKeepPercentile), tried);
        if (best.cdnGb() > 0) {
            return Optional.of(new Alternative("(b) offload the peak to a CDN", String.format(Locale.ROOT,
                    "Keep %s Mbps fixed and serve the peak above it from a CDN (about %s GB/month)", number(best.mbps()),
                    number(best.cdnGb())), best.cost(), "(b) offload the peak: " + keep, false, best.cdnGb()));
        }
        return Optional.of(new Alternative("(b) a smaller fixed bandwidth", String.format(Locale.ROOT,
                "Cut the fixed bandwidth from %s to %s Mbps (no hour of the data used more)", number(mbps),
                number(best.mbps())), best.cost(), "(b) offload the peak: " + keep, false, 0));
    }

    /** Bit/s as whole Mbps, rounded up, at least 1 (the smallest fixed bandwidth sold). */
    private static double wholeMbps(double bps) {
        return Math.max(1, Math.ceil(bps / 1e6 - 1e-9));
    }

    /** Four significant digits: Mbps, GB and ratios in reasons; {@code unbounded} for a peak over a zero mean. */
    private static String number(double v) {
        return Double.isInfinite(v) ? "unbounded" : RuleFigures.significant(v, 4);
    }
}
