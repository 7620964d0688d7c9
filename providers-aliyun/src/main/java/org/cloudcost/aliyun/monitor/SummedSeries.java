package org.cloudcost.aliyun.monitor;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import org.cloudcost.core.io.CsvFileWriter;

/**
 * The data points of one instance and one metric, added up per timestamp: a metric with an
 * {@code ip} dimension ({@code VPC_PublicIP_InternetOutRate}) answers one series per public
 * address, and the instance's bandwidth is their sum. Averages add up exactly; maxima are added
 * too, which bounds the peak of the sum from above (the addresses' peaks may fall apart within
 * the period). A statistic no point carried stays absent, never 0.
 *
 * <pre>{@code
 * SummedSeries s = new SummedSeries();
 * s.add(point, "300");
 * s.write(out, "i-1", "net_out_bps");
 * }</pre>
 */
final class SummedSeries {
    private static final class Sum {
        double average;
        boolean hasAverage;
        double maximum;
        boolean hasMaximum;
        String period;
    }

    private final Map<Instant, Sum> byTime = new TreeMap<>();

    /** Adds one point, whose data period (seconds, as text) is {@code period}. */
    void add(Datapoint p, String period) {
        Sum s = byTime.computeIfAbsent(p.timestamp(), t -> new Sum());
        if (p.average().isPresent()) {
            s.average += p.average().getAsDouble();
            s.hasAverage = true;
        }
        if (p.maximum().isPresent()) {
            s.maximum += p.maximum().getAsDouble();
            s.hasMaximum = true;
        }
        s.period = period;
    }

    /** Writes the sums as usage rows of {@code id}, in time order: Average, then Maximum. */
    void write(CsvFileWriter out, String id, String metric) throws IOException {
        for (Map.Entry<Instant, Sum> e : byTime.entrySet()) {
            String ts = DateTimeFormatter.ISO_INSTANT.format(e.getKey());
            Sum s = e.getValue();
            if (s.hasAverage) {
                out.row(id, ts, metric, plain(s.average), "Average", s.period);
            }
            if (s.hasMaximum) {
                out.row(id, ts, metric, plain(s.maximum), "Maximum", s.period);
            }
        }
    }

    /** A value as plain decimal text: no exponent, no trailing zeros ("12.5", "8000000"). */
    static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
