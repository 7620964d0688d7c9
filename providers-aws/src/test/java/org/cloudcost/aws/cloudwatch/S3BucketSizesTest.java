package org.cloudcost.aws.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;

/** Bucket sizes: the newest daily point per StorageType, the object count, and buckets without data. */
class S3BucketSizesTest {
    private static final Instant D1 = Instant.parse("2026-10-30T00:00:00Z");
    private static final Instant D2 = Instant.parse("2026-10-31T00:00:00Z");

    @Test
    void takesTheNewestPointPerStorageTypeAndTheObjectCount() {
        FakeCloudWatch cw = new FakeCloudWatch(q -> {
            String bucket = dim(q, "BucketName");
            String type = dim(q, "StorageType");
            if (!bucket.equals("acme-logs")) {
                return FakeCloudWatch.result(q.id(), List.of(), List.of());
            }
            return switch (type) {
                case "StandardStorage" -> FakeCloudWatch.result(q.id(), List.of(D1, D2), List.of(90.0, 100.0));
                case "GlacierStorage" -> FakeCloudWatch.result(q.id(), List.of(D2), List.of(5.0e10));
                case "AllStorageTypes" -> FakeCloudWatch.result(q.id(), List.of(D1, D2), List.of(6.0, 7.0));
                default -> FakeCloudWatch.result(q.id(), List.of(), List.of());
            };
        });

        List<BucketSize> sizes = new S3BucketSizes(cw).sizes(List.of("acme-logs", "acme-empty"), D1, D2.plusSeconds(86_400));

        assertThat(sizes).containsExactly(
                new BucketSize("acme-logs", Map.of("StandardStorage", 100L, "GlacierStorage", 50_000_000_000L), 7L, D2),
                new BucketSize("acme-empty", Map.of(), null, null));
        MetricDataQuery first = cw.requests.get(0).metricDataQueries().get(0);
        assertThat(first.metricStat().metric().namespace()).isEqualTo("AWS/S3");
        assertThat(first.metricStat().metric().metricName()).isEqualTo("BucketSizeBytes");
        assertThat(first.metricStat().period()).isEqualTo(86_400);
        assertThat(first.metricStat().stat()).isEqualTo("Average");
    }

    @Test
    void manyBucketsAreSplitIntoCallsOfAtMost500Queries() {
        FakeCloudWatch cw = new FakeCloudWatch(q -> FakeCloudWatch.result(q.id(), List.of(), List.of()));
        List<String> buckets = IntStream.range(0, 50).mapToObj(i -> "b" + i).toList();

        assertThat(new S3BucketSizes(cw).sizes(buckets, D1, D2)).hasSize(50);

        int perCall = 500 / S3BucketSizes.QUERIES_PER_BUCKET;
        assertThat(cw.requests).allSatisfy(r -> assertThat(r.metricDataQueries()).hasSizeLessThanOrEqualTo(500));
        assertThat(cw.requests.get(0).metricDataQueries()).hasSize(perCall * S3BucketSizes.QUERIES_PER_BUCKET);
        assertThat(cw.requests.stream().mapToInt(r -> r.metricDataQueries().size()).sum())
                .isEqualTo(50 * S3BucketSizes.QUERIES_PER_BUCKET);
    }

    private static String dim(MetricDataQuery q, String name) {
        return q.metricStat().metric().dimensions().stream().filter(d -> d.name().equals(name)).map(Dimension::value)
                .findFirst().orElseThrow();
    }
}
