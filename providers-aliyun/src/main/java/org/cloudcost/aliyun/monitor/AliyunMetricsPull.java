package org.cloudcost.aliyun.monitor;

import com.aliyun.cms20190101.models.DescribeMetricListResponseBody;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.cloudcost.aliyun.internal.NextTokens;
import org.cloudcost.core.io.PartFile;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;

/**
 * Pulls utilization from CloudMonitor into a usage CSV in the canonical layout
 * ({@link CanonicalCsv#USAGE}): for ECS instances {@code CPUUtilization} → {@code cpu_percent},
 * public bandwidth → {@code net_out_bps} / {@code net_in_bps} (bit/s: {@code VPC_PublicIP_*}
 * summed over the instance's addresses, else the classic network's {@code InternetOutRate} /
 * {@code InternetInRate}) and, where the CloudMonitor agent reports it,
 * {@code memory_usedutilization} → {@code memory_percent}; for RDS instances {@code CpuUsage} →
 * {@code cpu_percent}, {@code MemoryUsage} → {@code memory_percent} and {@code ConnectionUsage} →
 * {@code db_connection_percent}; for EIPs {@code net_tx.rate} / {@code net_rx.rate} →
 * {@code net_out_bps} / {@code net_in_bps} (see {@link CmsMetric}). Each data point gives an
 * {@code Average} row and, when the point has one, a {@code Maximum} row; {@code PeriodSeconds}
 * is the period of the data.
 *
 * <p>Calls: one {@code DescribeMetricList} per metric and batch of at most 50 instances
 * ({@link InstanceBatches}), followed through {@code NextToken} pages of 1000 points (a page
 * without points but with a token is followed too). A metric without data (no agent, a stopped
 * instance) writes no rows: absence is not zero. A metric with two sources (public bandwidth) asks
 * the second only for the instances the first had no data for.
 *
 * <p>Period: {@value #DEFAULT_PERIOD_SECONDS} s by default. The core aggregates usage to hourly
 * buckets (averages weighted by period, maxima kept), so 3600 s data would give the same hourly
 * frame with twelve times fewer points and pages. 300 s is chosen because it is one of the
 * periods DescribeMetricList documents (60, 300, 900), it keeps 91 days of history (the same as
 * longer periods; 60 s keeps 31), and the file keeps 5-minute peaks for other tools that read
 * it. A 30-day pull of 100 ECS instances in a VPC costs 2 batches × 6 metrics × 432 pages ≈ 5,200 calls
 * (8,640 points per instance), well inside the free monthly quota of 1 million calls and the
 * 50 calls/s limit.
 *
 * <pre>{@code
 * AliyunMetricsPull pull = new AliyunMetricsPull(new TeaCmsApi(cmsClient, AliyunCalls.withDefaults()));
 * AliyunMetricsPull.Result r = pull.pull(List.of("i-1", "i-2"), List.of("rm-1"), List.of("eip-1"),
 *         Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), Path.of("out/usage.csv"));
 * r.rows();                 // rows written
 * r.pointsByMetric();       // {acs_ecs_dashboard/CPUUtilization=17280, ..., acs_ecs_dashboard/memory_usedutilization=0, ...}
 * }</pre>
 */
public final class AliyunMetricsPull {
    /** Seconds per data point unless told otherwise. */
    public static final int DEFAULT_PERIOD_SECONDS = 300;
    /** Data points per page (the API's default, stated so a changed default cannot surprise us). */
    static final String PAGE_LENGTH = "1000";

    private static final String ACTION = "DescribeMetricList";
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ISO_INSTANT;

    private final CmsApi cms;
    private final int periodSeconds;

    /** What a pull wrote: the file, its data rows, and the data points read per {@code namespace/metricName}. */
    public record Result(Path file, long rows, Map<String, Long> pointsByMetric) {
        public Result {
            pointsByMetric = Collections.unmodifiableMap(new LinkedHashMap<>(pointsByMetric));
        }
    }

    /** A pull at {@value #DEFAULT_PERIOD_SECONDS} s per data point. */
    public AliyunMetricsPull(CmsApi cms) {
        this(cms, DEFAULT_PERIOD_SECONDS);
    }

    /**
     * A pull at {@code periodSeconds} per data point.
     *
     * @throws IllegalArgumentException unless the period is a positive multiple of 60
     */
    public AliyunMetricsPull(CmsApi cms, int periodSeconds) {
        this.cms = Objects.requireNonNull(cms, "cms");
        if (periodSeconds <= 0 || periodSeconds % 60 != 0) {
            throw new IllegalArgumentException("CloudMonitor periods are whole minutes (60, 300, 900, ...), not "
                    + periodSeconds + " s");
        }
        this.periodSeconds = periodSeconds;
    }

    /** {@link #pull(List, List, List, Instant, Instant, Path)} without EIPs. */
    public Result pull(List<String> ecsInstanceIds, List<String> rdsInstanceIds, Instant start, Instant end,
                       Path usageCsv) throws IOException {
        return pull(ecsInstanceIds, rdsInstanceIds, List.of(), start, end, usageCsv);
    }

    /**
     * Reads the metrics of the ECS instances, RDS instances and EIPs (allocation ids) between
     * {@code start} (exclusive, as the API counts) and {@code end} and writes {@code usageCsv}
     * (replacing it). The rows go to {@code usageCsv.part} first, moved into place when the pull
     * succeeds and deleted when it fails.
     *
     * @throws IllegalArgumentException when {@code start} is not before {@code end}
     * @throws CloudcostException on an API error, in one line
     * @throws IOException when the file cannot be written
     */
    public Result pull(List<String> ecsInstanceIds, List<String> rdsInstanceIds, List<String> eipAllocationIds,
                       Instant start, Instant end, Path usageCsv) throws IOException {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("the start " + start + " must be before the end " + end);
        }
        Window window = new Window(API_TIME.format(start.truncatedTo(ChronoUnit.SECONDS)),
                API_TIME.format(end.truncatedTo(ChronoUnit.SECONDS)));
        Map<String, Long> points = new LinkedHashMap<>();
        long rows = PartFile.write(usageCsv, CanonicalCsv.USAGE, out -> {
            readAll(CmsMetric.ECS, InstanceBatches.of(ecsInstanceIds), window, out, points);
            readAll(CmsMetric.RDS, InstanceBatches.of(rdsInstanceIds), window, out, points);
            readAll(CmsMetric.EIP, InstanceBatches.of(eipAllocationIds), window, out, points);
            return out.rows();
        });
        return new Result(usageCsv, rows, points);
    }

    private record Window(String start, String end) {
    }

    /** Where the points of one page go, with the period (seconds, as text) of the page. */
    @FunctionalInterface
    private interface PointSink {
        void accept(Datapoint point, String period) throws IOException;
    }

    private static String key(CmsMetric metric) {
        return metric.namespace() + "/" + metric.metricName();
    }

    /**
     * Every metric of {@code metrics} for every batch; the metrics of one canonical name are read
     * as the sources of one series.
     */
    private void readAll(List<CmsMetric> metrics, List<List<String>> batches, Window window, CsvFileWriter out,
                         Map<String, Long> points) throws IOException {
        Map<String, List<CmsMetric>> byCanonical = new LinkedHashMap<>();
        metrics.forEach(m -> byCanonical.computeIfAbsent(m.canonical(), c -> new ArrayList<>()).add(m));
        metrics.forEach(m -> points.put(key(m), 0L));
        for (List<CmsMetric> sources : byCanonical.values()) {
            for (List<String> batch : batches) {
                if (sources.size() == 1) {
                    CmsMetric metric = sources.get(0);
                    points.merge(key(metric), read(metric, batch, window, (p, period) -> write(out, metric, p, period)),
                            Long::sum);
                } else {
                    readSources(sources, batch, window, out, points);
                }
            }
        }
    }

    /**
     * One canonical metric of one batch from several sources: each instance takes the first source
     * that has data for it (the later ones are asked only for the instances still without), its
     * points of one timestamp added up (one series per public IP).
     */
    private void readSources(List<CmsMetric> sources, List<String> batch, Window window, CsvFileWriter out,
                             Map<String, Long> points) throws IOException {
        Map<String, SummedSeries> chosen = new TreeMap<>();
        List<String> wanted = batch;
        for (CmsMetric source : sources) {
            if (wanted.isEmpty()) {
                break;
            }
            Map<String, SummedSeries> got = new TreeMap<>();
            long read = read(source, wanted, window,
                    (p, period) -> got.computeIfAbsent(p.instanceId(), id -> new SummedSeries()).add(p, period));
            points.merge(key(source), read, Long::sum);
            got.forEach(chosen::putIfAbsent);
            wanted = wanted.stream().filter(id -> !chosen.containsKey(id)).toList();
        }
        for (Map.Entry<String, SummedSeries> e : chosen.entrySet()) {
            e.getValue().write(out, e.getKey(), sources.get(0).canonical());
        }
    }

    /** Every page of one metric for one batch into {@code sink}; returns the data points read. */
    private long read(CmsMetric metric, List<String> batch, Window window, PointSink sink) throws IOException {
        long points = 0;
        String dimensions = InstanceBatches.dimensions(batch);
        String only = batch.size() == 1 ? batch.get(0) : null;
        String token = null;
        do {
            DescribeMetricListResponseBody page = cms.describeMetricList(metric.namespace(), metric.metricName(),
                    dimensions, window.start(), window.end(), Integer.toString(periodSeconds), token, PAGE_LENGTH);
            String period = periodOf(page);
            for (Datapoint p : DatapointsJson.parse(page.getDatapoints(), only)) {
                sink.accept(p, period);
                points++;
            }
            token = NextTokens.next(ACTION + " " + key(metric), token, page.getNextToken());
        } while (token != null);
        return points;
    }

    private static void write(CsvFileWriter out, CmsMetric metric, Datapoint p, String period) throws IOException {
        String ts = API_TIME.format(p.timestamp());
        row(out, p.instanceId(), ts, metric.canonical(), p.average(), "Average", period);
        row(out, p.instanceId(), ts, metric.canonical(), p.maximum(), "Maximum", period);
    }

    private static void row(CsvFileWriter out, String id, String ts, String metric, OptionalDouble value,
                            String statistic, String period) throws IOException {
        if (value.isPresent()) {
            out.row(id, ts, metric, plain(value.getAsDouble()), statistic, period);
        }
    }

    /** The response's own Period when it states one (the API may answer coarser than asked), else ours. */
    private String periodOf(DescribeMetricListResponseBody page) {
        String p = page.getPeriod();
        if (p != null && p.strip().matches("[1-9]\\d{0,6}")) {
            return p.strip();
        }
        return Integer.toString(periodSeconds);
    }

    /** A value as plain decimal text: no exponent, no trailing zeros ("12.5", "8000000"). */
    static String plain(double v) {
        return SummedSeries.plain(v);
    }
}
