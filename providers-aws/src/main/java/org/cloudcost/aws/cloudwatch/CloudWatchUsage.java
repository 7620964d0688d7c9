package org.cloudcost.aws.cloudwatch;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.cloudcost.aws.internal.CanonicalCells;
import org.cloudcost.core.io.PartFile;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * Pulls utilization from CloudWatch into a usage CSV in the canonical layout
 * ({@link CanonicalCsv#USAGE}): for EC2 instances {@code CPUUtilization} → {@code cpu_percent}
 * (Average and Maximum) and {@code NetworkIn}/{@code NetworkOut} → {@code net_in_bps} /
 * {@code net_out_bps}; for RDS instances {@code CPUUtilization} → {@code cpu_percent} and
 * {@code DatabaseConnections} → {@code db_connections}; for EBS volumes
 * {@code VolumeReadOps + VolumeWriteOps} → {@code disk_iops} (see {@link UsageMetric} for the
 * conversions). {@code PeriodSeconds} is the period asked for.
 *
 * <p>Calls: {@code GetMetricData} with at most {@value MetricDataPages#MAX_QUERIES} queries each
 * (one per resource, metric and statistic; a resource's queries always share a call), followed
 * through {@code NextToken}. A month of hourly points for 100 instances is 500 queries × 744
 * points: 4 pages of at most 100,800 points. A resource or metric without data writes no rows:
 * absence is not zero. Where only one of the two EBS series has a point, the other counts as 0
 * operations (both come from the same volume report).
 *
 * <p>Period: {@value #DEFAULT_PERIOD_SECONDS} s by default. The core aggregates usage to hourly
 * buckets, so finer data would give the same frame with more points and calls; CloudWatch keeps
 * hourly data for 455 days (5-minute data for 63), so a past month stays available.
 *
 * <pre>{@code
 * CloudWatchUsage.Result r = new CloudWatchUsage(aws.cloudWatch("us-east-1"))
 *         .pull(List.of(MetricTarget.instance("i-0abc12345def67890")), start, end, Path.of("out/usage-us-east-1.csv"));
 * r.rows();
 * }</pre>
 */
public final class CloudWatchUsage {
    /** Seconds per data point unless told otherwise: one hour (see the class comment). */
    public static final int DEFAULT_PERIOD_SECONDS = 3600;

    private final CloudWatchClient cw;
    private final int periodSeconds;

    /** What a pull wrote: the file, its data rows, the calls made and the points read per {@code namespace/metric}. */
    public record Result(Path file, long rows, int calls, Map<String, Long> pointsByMetric) {
        public Result {
            pointsByMetric = Collections.unmodifiableMap(new LinkedHashMap<>(pointsByMetric));
        }
    }

    /** A pull at {@value #DEFAULT_PERIOD_SECONDS} s per point. */
    public CloudWatchUsage(CloudWatchClient cw) {
        this(cw, DEFAULT_PERIOD_SECONDS);
    }

    /** @param periodSeconds 60 or a multiple of 60 */
    public CloudWatchUsage(CloudWatchClient cw, int periodSeconds) {
        this.cw = Objects.requireNonNull(cw, "cw");
        if (periodSeconds < 60 || periodSeconds % 60 != 0) {
            throw new IllegalArgumentException("period must be a multiple of 60 seconds, found " + periodSeconds);
        }
        this.periodSeconds = periodSeconds;
    }

    /**
     * Pulls {@code [start, end)} for {@code targets} into {@code file} (replacing it; through a
     * {@code .part} file, so a failure leaves none).
     *
     * @throws CloudcostException in one line when a call fails or the file cannot be written
     */
    public Result pull(List<MetricTarget> targets, Instant start, Instant end, Path file) {
        MetricDataPages pages = new MetricDataPages(cw);
        Map<String, Long> points = new LinkedHashMap<>();
        for (UsageMetric m : UsageMetric.values()) {
            points.put(m.namespace() + "/" + m.metricName(), 0L);
        }
        try {
            long rows = PartFile.write(file, CanonicalCsv.USAGE, out -> {
                for (List<MetricTarget> batch : batches(targets)) {
                    Map<String, Query> asked = new LinkedHashMap<>();
                    List<MetricDataQuery> queries = new ArrayList<>();
                    for (MetricTarget t : batch) {
                        for (UsageMetric m : UsageMetric.forKind(t.kind())) {
                            for (String stat : m.stats()) {
                                String id = "q" + queries.size();
                                asked.put(id, new Query(t, m, stat));
                                queries.add(query(id, t, m, stat));
                            }
                        }
                    }
                    Map<String, TreeMap<Instant, Double>> got = pages.fetch(queries, start, end);
                    got.forEach((id, series) -> points.merge(asked.get(id).metric().namespace() + "/"
                            + asked.get(id).metric().metricName(), (long) series.size(), Long::sum));
                    for (MetricTarget t : batch) {
                        write(t, asked, got, out);
                    }
                }
                return out.rows();
            });
            return new Result(file, rows, pages.calls(), points);
        } catch (IOException e) {
            throw new CloudcostException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private record Query(MetricTarget target, UsageMetric metric, String stat) {
    }

    /** Targets packed so that no call holds more than {@link MetricDataPages#MAX_QUERIES} queries, a target's queries together. */
    static List<List<MetricTarget>> batches(List<MetricTarget> targets) {
        List<List<MetricTarget>> batches = new ArrayList<>();
        List<MetricTarget> current = new ArrayList<>();
        int size = 0;
        for (MetricTarget t : targets) {
            int n = queriesOf(t);
            if (size + n > MetricDataPages.MAX_QUERIES) {
                batches.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(t);
            size += n;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static int queriesOf(MetricTarget t) {
        return UsageMetric.forKind(t.kind()).stream().mapToInt(m -> m.stats().size()).sum();
    }

    private MetricDataQuery query(String id, MetricTarget t, UsageMetric m, String stat) {
        Metric metric = Metric.builder().namespace(m.namespace()).metricName(m.metricName())
                .dimensions(Dimension.builder().name(t.kind().dimension()).value(t.dimensionValue()).build()).build();
        return MetricDataQuery.builder().id(id).label(t.dimensionValue() + " " + m.metricName() + " " + stat)
                .metricStat(MetricStat.builder().metric(metric).period(periodSeconds).stat(stat).build())
                .returnData(true).build();
    }

    /** The target's rows: per canonical metric, per timestamp, Average then Maximum. */
    private void write(MetricTarget t, Map<String, Query> asked, Map<String, TreeMap<Instant, Double>> got,
                       CsvFileWriter out) throws IOException {
        Map<String, Map<String, TreeMap<Instant, Double>>> byCanonical = new LinkedHashMap<>();
        asked.forEach((id, q) -> {
            if (q.target() == t) {
                TreeMap<Instant, Double> series = convert(q.metric(), got.get(id));
                String statistic = q.stat().equals("Maximum") ? "Maximum" : "Average";
                byCanonical.computeIfAbsent(q.metric().canonical(), k -> new LinkedHashMap<>())
                        .merge(statistic, series, CloudWatchUsage::plus);
            }
        });
        for (Map.Entry<String, Map<String, TreeMap<Instant, Double>>> metric : byCanonical.entrySet()) {
            TreeMap<Instant, Map<String, Double>> byTime = new TreeMap<>();
            metric.getValue().forEach((stat, series) -> series.forEach((ts, v) ->
                    byTime.computeIfAbsent(ts, k -> new LinkedHashMap<>()).put(stat, v)));
            for (Map.Entry<Instant, Map<String, Double>> point : byTime.entrySet()) {
                for (String stat : List.of("Average", "Maximum")) {
                    Double v = point.getValue().get(stat);
                    if (v != null) {
                        out.row(t.resourceId(), CanonicalCells.utc(point.getKey()), metric.getKey(), number(v), stat,
                                Integer.toString(periodSeconds));
                    }
                }
            }
        }
    }

    private TreeMap<Instant, Double> convert(UsageMetric m, TreeMap<Instant, Double> series) {
        TreeMap<Instant, Double> converted = new TreeMap<>();
        series.forEach((ts, v) -> converted.put(ts, switch (m.conversion()) {
            case AS_IS -> v;
            case BYTES_TO_BITS_PER_SECOND -> v * 8 / periodSeconds;
            case COUNT_PER_SECOND -> v / periodSeconds;
        }));
        return converted;
    }

    /** Two series of the same canonical metric (EBS reads and writes) added point by point. */
    private static TreeMap<Instant, Double> plus(TreeMap<Instant, Double> a, TreeMap<Instant, Double> b) {
        TreeMap<Instant, Double> sum = new TreeMap<>(a);
        b.forEach((ts, v) -> sum.merge(ts, v, Double::sum));
        return sum;
    }

    /** The shortest plain decimal that reads back as {@code v} (no exponent, no trailing zeros), to 16 digits. */
    static String number(double v) {
        return new BigDecimal(Double.toString(v)).round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
    }
}
