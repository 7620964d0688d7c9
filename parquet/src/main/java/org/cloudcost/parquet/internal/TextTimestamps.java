package org.cloudcost.parquet.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * Timestamps a Parquet file holds as text, read as the CSV reader reads them: ISO 8601 with
 * {@code T} or a blank between date and time, optional seconds and fraction, {@code Z} or an
 * offset, or a bare date; a timestamp without an offset is read in the zone given.
 *
 * <pre>{@code
 * long s = TextTimestamps.epochSecond("2025-09-01 00:00:00", ZoneOffset.UTC);   // 1756684800
 * }</pre>
 */
final class TextTimestamps {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendPattern("['T'][' ']HH:mm")
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalEnd()
            .optionalStart().appendPattern("[XXX][XX][X]").optionalEnd()
            .optionalEnd()
            .toFormatter();

    private TextTimestamps() {
    }

    /**
     * Seconds since the epoch of {@code text}.
     *
     * @throws DateTimeParseException when the text is no timestamp
     */
    static long epochSecond(String text, ZoneId zoneWithoutOffset) {
        TemporalAccessor t = ISO.parse(text.strip());
        LocalDate date = LocalDate.from(t);
        LocalTime time = t.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(t) : LocalTime.MIDNIGHT;
        LocalDateTime local = LocalDateTime.of(date, time);
        if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
            return local.toEpochSecond(ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)));
        }
        return local.atZone(zoneWithoutOffset).toEpochSecond();
    }
}
