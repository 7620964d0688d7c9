package org.cloudcost.aliyun.monitor;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One CloudMonitor data point of one instance: the statistics of the period that starts at
 * {@code timestamp}. A statistic the response did not carry is empty, never 0.
 *
 * <pre>{@code
 * Datapoint p = new Datapoint("i-1", Instant.parse("2026-10-01T00:00:00Z"),
 *         OptionalDouble.of(12.5), OptionalDouble.of(40), OptionalDouble.of(3));
 * }</pre>
 */
public record Datapoint(String instanceId, Instant timestamp, OptionalDouble average, OptionalDouble maximum,
                        OptionalDouble minimum) {
    public Datapoint {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(average, "average");
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(minimum, "minimum");
    }
}
