package org.cloudcost.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalCellsTest {
    @Test
    void timesAreUtcToTheSecondAndUnknownIsEmpty() {
        assertThat(CanonicalCells.utc(Instant.parse("2026-10-01T08:15:30.987Z"))).isEqualTo("2026-10-01T08:15:30Z");
        assertThat(CanonicalCells.utc(Instant.parse("2026-10-01T08:15:00Z"))).isEqualTo("2026-10-01T08:15:00Z");
        assertThat(CanonicalCells.utc(null)).isEmpty();
        assertThat(CanonicalCells.utcMidnight(LocalDate.of(2026, 12, 31))).isEqualTo("2026-12-31T00:00:00Z");
    }

    @Test
    void tagsAreOneJsonObjectInTheMapsOrderStartingWithABrace() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("team", "web");
        tags.put("env", "=1+1");

        assertThat(CanonicalCells.tags(tags)).isEqualTo("{\"team\":\"web\",\"env\":\"=1+1\"}");
        assertThat(CanonicalCells.tags(Map.of())).isEmpty();
    }
}
