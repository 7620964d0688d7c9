package org.cloudcost.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void agesAreWholeDaysRoundedDown() {
        assertThat(Ages.days(Instant.parse("2026-05-01T00:00:00Z"), AS_OF)).isEqualTo(184);
        assertThat(Ages.days(Instant.parse("2026-10-31T00:00:01Z"), AS_OF)).isZero();
        assertThat(Ages.days(Instant.parse("2026-11-02T00:00:00Z"), AS_OF)).isEqualTo(-1);
    }

    @Test
    void exactlyTheThresholdCounts() {
        assertThat(Ages.atLeast(Instant.parse("2026-08-03T00:00:00Z"), AS_OF, 90)).isTrue();
        assertThat(Ages.atLeast(Instant.parse("2026-08-03T00:00:01Z"), AS_OF, 90)).isFalse();
    }

    @Test
    void datesAreUtc() {
        assertThat(Ages.date(Instant.parse("2026-10-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 10, 31));
    }
}
