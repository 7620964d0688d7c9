package org.cloudcost.core.internal.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Ages measured to the analysis date ({@link org.cloudcost.core.rules.RuleContext#asOf()}), in
 * whole days, and the dates the rules quote them with: snapshots, disks, addresses, object groups.
 *
 * <pre>{@code
 * Ages.days(created, context.asOf());            // 184
 * Ages.atLeast(created, context.asOf(), 90);     // true
 * Ages.date(created);                            // 2026-05-01 (UTC)
 * Ages.dateAndAge(created, context.asOf());      // "2026-05-01, 184 days before 2026-11-01"
 * }</pre>
 */
public final class Ages {
    private Ages() {
    }

    /** Whole days from {@code from} to {@code asOf}, rounded down (negative when {@code from} is later). */
    public static long days(Instant from, Instant asOf) {
        return Duration.between(from, asOf).toDays();
    }

    /** True when {@code t} lies at least {@code days} days before {@code asOf} (exactly that many counts). */
    public static boolean atLeast(Instant t, Instant asOf, int days) {
        return !t.isAfter(asOf.minus(Duration.ofDays(days)));
    }

    /** The UTC date of {@code t}, for reasons. */
    public static LocalDate date(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    /**
     * The UTC date of {@code t} and its age at {@code asOf}, for reasons:
     * {@code 2026-01-01, 304 days before 2026-11-01}.
     */
    public static String dateAndAge(Instant t, Instant asOf) {
        return date(t) + ", " + days(t, asOf) + " days before " + date(asOf);
    }
}
