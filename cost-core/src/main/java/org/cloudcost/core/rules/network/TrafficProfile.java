package org.cloudcost.core.rules.network;

import org.cloudcost.core.internal.rules.MonthHours;
import org.cloudcost.core.rules.MetricSeries;

/**
 * A month of outbound traffic from hourly {@code net_out_bps} means: volumes in decimal GB
 * (10<sup>9</sup> bytes, the unit of provider traffic price pages; should a provider bill GiB, the
 * estimate counts about 7 % more traffic than billed, so it understates the saving of switching),
 * scaled from the hours with data to 730 hours.
 *
 * <pre>{@code
 * TrafficProfile p = TrafficProfile.of(series);
 * p.gbPerMonth();            // mean bps × 730 × 3600 / 8 / 1e9
 * p.gbAbovePerMonth(1.9e9);  // the traffic above 1,900 Mbps, per month
 * }</pre>
 */
final class TrafficProfile {
    /** Bytes in a GB of traffic (decimal). */
    static final double BYTES_PER_GB = 1e9;

    private final double[] bps;

    private TrafficProfile(double[] bps) {
        this.bps = bps;
    }

    static TrafficProfile of(MetricSeries netOutBps) {
        return new TrafficProfile(netOutBps.values());
    }

    /** True when every value is a finite number (a RuleContext other than the dataset's may hand over NaN). */
    boolean allFinite() {
        for (double v : bps) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Mean outbound bit/s over the hours with data. */
    double meanBps() {
        double sum = 0;
        for (double v : bps) {
            sum += v;
        }
        return bps.length == 0 ? 0 : sum / bps.length;
    }

    /** The {@code p}-th percentile of hourly bit/s. */
    double percentileBps(double p) {
        return MetricSeries.percentileOf(bps, p);
    }

    /** The largest hourly bit/s. */
    double maxBps() {
        double max = 0;
        for (double v : bps) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** GB sent per month at the mean rate: {@code mean × 730 × 3600 / 8 / 1e9}. */
    double gbPerMonth() {
        return meanBps() * MonthHours.HOURS * 3600 / 8 / BYTES_PER_GB;
    }

    /**
     * GB per month sent above {@code capBps}: {@code Σ max(0, bps − cap) × 3600 / 8 / 1e9} over the hours
     * with data, scaled from those hours to 730 (the same basis as {@link #gbPerMonth()}, so a gap in
     * the data is read as an hour like the others, not as an hour without traffic).
     */
    double gbAbovePerMonth(double capBps) {
        if (bps.length == 0) {
            return 0;
        }
        double excessBitHours = 0;
        for (double v : bps) {
            excessBitHours += Math.max(0, v - capBps);
        }
        return excessBitHours * 3600 / 8 / BYTES_PER_GB * MonthHours.HOURS / bps.length;
    }
}
