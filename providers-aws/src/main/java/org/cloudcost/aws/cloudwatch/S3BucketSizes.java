package org.cloudcost.aws.cloudwatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;

/**
 * Bucket sizes by storage class from CloudWatch's free daily S3 metrics ({@code AWS/S3}
 * {@code BucketSizeBytes} per {@code StorageType}, {@code NumberOfObjects} for
 * {@code AllStorageTypes}, period one day, statistic Average): what the storage file holds for a
 * bucket without an S3 Inventory report. S3 reports them once a day in the bucket's own region,
 * so ask the CloudWatch client of that region. The newest point in the window stands for the
 * month; a bucket without any point is listed with no bytes and a null {@code measuredAt}.
 *
 * <p>Calls: {@code GetMetricData}, {@value #QUERIES_PER_BUCKET} queries per bucket (one per
 * StorageType of {@link S3StorageTypes} and the object count), packed into calls of at most
 * {@value MetricDataPages#MAX_QUERIES}.
 *
 * <pre>{@code
 * List<BucketSize> sizes = new S3BucketSizes(aws.cloudWatch("eu-west-1"))
 *         .sizes(List.of("acme-logs"), Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"));
 * }</pre>
 */
public final class S3BucketSizes {
    /** S3 storage metrics are daily. */
    public static final int PERIOD_SECONDS = 86_400;
    /** One query per StorageType, and one for the object count. */
    public static final int QUERIES_PER_BUCKET = S3StorageTypes.BUCKET_SIZE.size() + 1;

    private final CloudWatchClient cw;
    private int calls;

    public S3BucketSizes(CloudWatchClient cw) {
        this.cw = Objects.requireNonNull(cw, "cw");
    }

    /** Calls made so far, pages included. */
    public int calls() {
        return calls;
    }

    /** The sizes of {@code buckets} as of the newest daily point in {@code [start, end)}, in the order given. */
    public List<BucketSize> sizes(List<String> buckets, Instant start, Instant end) {
        List<BucketSize> sizes = new ArrayList<>();
        int perCall = MetricDataPages.MAX_QUERIES / QUERIES_PER_BUCKET;
        for (int from = 0; from < buckets.size(); from += perCall) {
            List<String> batch = buckets.subList(from, Math.min(buckets.size(), from + perCall));
            List<MetricDataQuery> queries = new ArrayList<>();
            for (String bucket : batch) {
                for (String storageType : S3StorageTypes.BUCKET_SIZE) {
                    queries.add(query("q" + queries.size(), bucket, "BucketSizeBytes", storageType));
                }
                queries.add(query("q" + queries.size(), bucket, "NumberOfObjects", S3StorageTypes.ALL_STORAGE_TYPES));
            }
            MetricDataPages pages = new MetricDataPages(cw);
            Map<String, TreeMap<Instant, Double>> got = pages.fetch(queries, start, end);
            calls += pages.calls();
            int q = 0;
            for (String bucket : batch) {
                Map<String, Long> bytes = new LinkedHashMap<>();
                Instant newest = null;
                for (String storageType : S3StorageTypes.BUCKET_SIZE) {
                    TreeMap<Instant, Double> series = got.get("q" + q++);
                    if (!series.isEmpty()) {
                        Map.Entry<Instant, Double> last = series.lastEntry();
                        newest = newest == null || last.getKey().isAfter(newest) ? last.getKey() : newest;
                        long b = Math.round(last.getValue());
                        if (b > 0) {
                            bytes.put(storageType, b);
                        }
                    }
                }
                TreeMap<Instant, Double> objects = got.get("q" + q++);
                Long count = objects.isEmpty() ? null : Math.round(objects.lastEntry().getValue());
                sizes.add(new BucketSize(bucket, bytes, count, newest));
            }
        }
        return sizes;
    }

    private static MetricDataQuery query(String id, String bucket, String metricName, String storageType) {
        Metric metric = Metric.builder().namespace("AWS/S3").metricName(metricName).dimensions(
                Dimension.builder().name("BucketName").value(bucket).build(),
                Dimension.builder().name("StorageType").value(storageType).build()).build();
        return MetricDataQuery.builder().id(id).label(bucket + " " + metricName + " " + storageType)
                .metricStat(MetricStat.builder().metric(metric).period(PERIOD_SECONDS).stat("Average").build())
                .returnData(true).build();
    }
}
