package org.cloudcost.core.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {
    private final TimestampParser p = new TimestampParser();

    private boolean parse(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return p.parse(b, 0, b.length);
    }

    @ParameterizedTest
    @CsvSource({
        "2024-09-18T22:00:00Z,          2024-09-18T22:00:00Z",
        "2024-09-18 22:00:00,           2024-09-18T22:00:00Z",
        "2024-09-18T22:00:00.000Z,      2024-09-18T22:00:00Z",
        "2024-09-18T22:00:00.5+08:00,   2024-09-18T14:00:00Z",
        "2024-09-18T06:00:00-0530,      2024-09-18T11:30:00Z",
        "2024-09-18T22:00Z,             2024-09-18T22:00:00Z",
        "2024-09-18T22:00:00 UTC,       2024-09-18T22:00:00Z",
        "2024-09-18,                    2024-09-18T00:00:00Z",
        "2024-02-29T23:59:59+00,        2024-02-29T23:59:59Z",
        "1969-12-31T23:00:00Z,          1969-12-31T23:00:00Z",
    })
    void parsesTheShapesRealFilesUse(String text, String instant) {
        assertThat(parse(text)).isTrue();
        assertThat(p.epochSecond(ZoneOffset.UTC)).isEqualTo(Instant.parse(instant).getEpochSecond());
    }

    @Test
    void aTimestampWithoutOffsetIsReadInTheGivenZone() {
        assertThat(parse("2026-10-01 00:30:00")).isTrue();
        assertThat(p.epochSecond(ZoneId.of("Asia/Shanghai"))).isEqualTo(Instant.parse("2026-09-30T16:30:00Z").getEpochSecond());
        assertThat(p.epochSecond(ZoneOffset.ofHours(8))).isEqualTo(Instant.parse("2026-09-30T16:30:00Z").getEpochSecond());
    }

    @ParameterizedTest
    @ValueSource(strings = {"01/10/2026", "2026-13-01", "2026-02-30", "2025-02-29", "2026-10-01T25:00:00", "2026-10-01T10",
        "2026-10-01X10:00:00", "2026-10-01T10:00:00+8", "yesterday", "2026-1-1", "2026-10-01T10:00:00.Z"})
    void rejectsWhatIsNotATimestamp(String s) {
        assertThat(parse(s)).isFalse();
    }

    @Test
    void epochDayMatchesLocalDateForFourCenturies() {
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2300; d = d.plusDays(13)) {
            assertThat(TimestampParser.toEpochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).isEqualTo(d.toEpochDay());
        }
    }
}
