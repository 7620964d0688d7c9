package org.cloudcost.aws.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How every file this module writes spells times and tags, in one place: times in UTC, ISO 8601
 * to the second ({@code 2026-10-01T00:00:00Z}); tags as one compact JSON object in the map's
 * order, whose opening brace comes first, so no tag text can become a spreadsheet formula.
 *
 * <pre>{@code
 * CanonicalCells.utc(Instant.parse("2026-10-01T08:15:30.123Z"));   // 2026-10-01T08:15:30Z
 * CanonicalCells.utcMidnight(LocalDate.of(2026, 10, 1));            // 2026-10-01T00:00:00Z
 * CanonicalCells.tags(Map.of("env", "prod"));                      // {"env":"prod"}
 * }</pre>
 */
public final class CanonicalCells {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalCells() {
    }

    /** The time in UTC to the second; empty when unknown. */
    public static String utc(Instant time) {
        return time == null ? "" : time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The start of {@code day} in UTC. */
    public static String utcMidnight(LocalDate day) {
        return utc(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The tags as a compact JSON object, in the map's order; empty text when there are none. */
    public static String tags(Map<String, String> tags) {
        if (tags.isEmpty()) {
            return "";
        }
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write tags as JSON", e); // strings only: cannot happen
        }
    }
}
