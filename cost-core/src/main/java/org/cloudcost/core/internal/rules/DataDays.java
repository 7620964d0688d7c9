package org.cloudcost.core.internal.rules;

import java.time.Duration;
import java.time.ZoneId;
import org.cloudcost.core.rules.MetricSeries;

/**
 * How many days of data an hourly series holds, for the rules' {@code minDays} thresholds and the
 * "over N days" of their reasons: the whole days its hourly buckets span (first bucket's start to
 * last bucket's end), and never more than the calendar days in {@code zone} that have a bucket.
 *
 * <p>{@link MetricSeries#days(ZoneId)} alone counts calendar days touched: a UTC month seen in
 * China time touches 32 days (the first and last partial), and 13 days of data touch 14, which
 * would pass a 14-day minimum. The cap keeps a series with whole days missing inside its span from
 * counting them.
 *
 * <pre>{@code
 * DataDays.of(cpu, ZoneId.of("Asia/Shanghai"));   // 31 for 744 hourly buckets from 1 October 00:00 UTC
 * }</pre>
 */
public final class DataDays {
    private static final long BUCKET_SECONDS = 3600;
    private static final long DAY_SECONDS = 86_400;

    private DataDays() {
    }

    /** Whole days spanned, at most the calendar days in {@code zone} with data; 0 when empty. */
    public static int of(MetricSeries series, ZoneId zone) {
        if (series.isEmpty()) {
            return 0;
        }
        long spanSeconds = Duration.between(series.start(), series.end()).getSeconds() + BUCKET_SECONDS;
        return (int) Math.min(series.days(zone), spanSeconds / DAY_SECONDS);
    }
}
