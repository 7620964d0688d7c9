package org.cloudcost.core.rules.database;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.frame.UsageFrame;
import org.cloudcost.core.internal.rules.CatalogChecks;
import org.cloudcost.core.internal.rules.DataDays;
import org.cloudcost.core.internal.rules.MissingSeries;
import org.cloudcost.core.internal.rules.MonthHours;
import org.cloudcost.core.internal.rules.RuleFigures;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.MetricSeries;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * Flags databases with (almost) no load in a daily window, such as the case study's RDS fleet idle
 * every night 00:00–06:00 China time (Asia/Shanghai), and prices moving them to a serverless or
 * scaled-down mode for that window.
 *
 * <p>Decision, per database ({@code context.resources("database")}), in the database's time zone
 * ({@link RuleContext#zone(Resource)}: China regions are UTC+8): an hourly bucket is idle when its
 * mean {@code cpu_percent} is below {@code idleCpuPercent} and, when the database reports
 * connections, its mean {@code db_connections} is at most {@code idleConnections} (or, when only
 * Alibaba's {@code db_connection_percent} is there, at most {@code idleConnectionPercent}). An hour
 * of day is idle when it was idle on at least {@code idleDayShare} of the days whose hour lies within
 * the CPU series' span (a gap inside the span counts as not idle; the partial first and last day of
 * a UTC month seen in China time do not count against the hours they miss). The longest run of idle
 * hours, wrapping midnight, must last at least {@code minWindowHours}; at least {@code minDays} days
 * of CPU data are needed ({@link DataDays}: whole days spanned, not calendar days touched).
 * Confidence is HIGH with connection data, MEDIUM on CPU alone.
 *
 * <p>Saving: during the idle window the database pays the serverless floor,
 * {@code database.serverless.minUnits × database.serverless.unitHour} per hour, instead of its own
 * hourly cost (billed monthly cost ÷ 730, {@link MonthHours}); busy hours are assumed to cost what
 * they cost today (a serverless tier at busy-hour capacity priced like the instance). So
 * {@code saving = windowHours / 24 × max(0, monthlyCost − 730 × minUnits × unitHour)}. A database
 * whose catalog prices in another currency than the report, or lacks either key, is skipped with
 * the reason. Actions and reasons name the zone by its id ({@code 00:00–06:00 Asia/Shanghai}).
 * Sources: CASE-STUDY (RDS idle 00:00–06:00 moved to serverless); AWS Trusted Advisor "Amazon RDS
 * idle DB instances" (no connection in 7 days).
 *
 * <pre>{@code
 * new IdleWindowDatabaseRule().evaluate(context).findings();
 * // idle-window-database rm-1: save 112500.00 CNY/month of 450000.00 (HIGH):
 * //   Move the database to serverless (or scale it down) 00:00–06:00 Asia/Shanghai every day; ...
 * }</pre>
 */
public final class IdleWindowDatabaseRule implements Rule {
    static final String MIN_UNITS = "database.serverless.minUnits";
    static final String UNIT_HOUR = "database.serverless.unitHour";

    @Override
    public String id() {
        return "idle-window-database";
    }

    @Override
    public Strategy strategy() {
        return Strategy.ELASTIC_SCALING;
    }

    @Override
    public String summary() {
        return "Databases with no load in a daily window of 4 h or more (e.g. 00:00–06:00): move them to serverless then";
    }

    @Override
    public String description() {
        return "Per hour of day in the database's time zone, counts the days on which mean CPU was below idleCpuPercent "
                + "and connections at most idleConnections (or idleConnectionPercent); hours idle on at least "
                + "idleDayShare of the days form the idle window, whose longest run (wrapping midnight) must last "
                + "minWindowHours, over at least minDays days. Saving = window hours / 24 × (monthly cost − 730 × "
                + "database.serverless.minUnits × database.serverless.unitHour): the window is priced at the serverless "
                + "floor, busy hours as today.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.USAGE, DataKind.BILLING);
    }

    @Override
    public List<Threshold> thresholds() {
        return IdleWindowDatabaseThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        for (Resource db : context.resources("database")) {
            if (!context.ignored(db)) {
                evaluate(context, db, out);
            }
        }
        return out.build();
    }

    private void evaluate(RuleContext context, Resource db, RuleOutcome.Builder out) {
        Optional<MetricSeries> cpu = context.usage(db, UsageFrame.CPU_PERCENT);
        if (cpu.isEmpty()) {
            out.skip(db, MissingSeries.reason(context, db, UsageFrame.CPU_PERCENT, "the idle window needs hourly means"));
            return;
        }
        IdleWindowDatabaseThresholds t = IdleWindowDatabaseThresholds.of(context.thresholds(this, db));
        ZoneId zone = context.zone(db);
        int days = DataDays.of(cpu.get(), zone);
        if (days < t.minDays()) {
            out.skip(db, days + " days of cpu_percent, needs " + t.minDays());
            return;
        }
        Optional<MetricSeries> count = context.usage(db, UsageFrame.DB_CONNECTIONS);
        Optional<MetricSeries> percent = context.usage(db, UsageFrame.DB_CONNECTION_PERCENT);
        MetricSeries connections = count.or(() -> percent).orElse(null);
        double connectionLimit = count.isPresent() ? t.idleConnections() : t.idleConnectionPercent();
        IdleHours hours = IdleHours.of(cpu.get(), t.idleCpuPercent(), connections, connectionLimit, zone);
        IdleWindow window = IdleWindow.longest(hours.idleOn(t.idleDayShare()));
        if (window.hours() < t.minWindowHours()) {
            return;
        }
        if (db.monthlyCost().signum() == 0) {
            out.skip(db, "no billed cost");
            return;
        }
        CatalogChecks.Found found = CatalogChecks.forResource(context, db);
        if (found.catalog().isEmpty()) {
            out.skip(db, found.skipReason());
            return;
        }
        PriceCatalog c = found.catalog().get();
        Optional<String> missing = CatalogChecks.missingPrice(c, MIN_UNITS, UNIT_HOUR);
        if (missing.isPresent()) {
            out.skip(db, missing.get());
            return;
        }
        Price minUnits = c.price(MIN_UNITS).orElseThrow();
        Price unitHour = c.price(UNIT_HOUR).orElseThrow();
        BigDecimal floorHour = minUnits.value().multiply(unitHour.value(), MathContext.DECIMAL64);
        BigDecimal floorMonth = floorHour.multiply(MonthHours.DECIMAL);
        BigDecimal above = db.monthlyCost().subtract(floorMonth);
        String currency = found.currency();
        if (above.signum() <= 0) {
            out.skip(db, "idle " + window.text() + " but the serverless floor (" + RuleFigures.money(floorMonth) + " " + currency
                    + "/month) costs as much as the instance (" + RuleFigures.money(db.monthlyCost()) + " " + currency + "/month)");
            return;
        }
        BigDecimal saving = above.multiply(BigDecimal.valueOf(window.hours()))
                .divide(BigDecimal.valueOf(24), MathContext.DECIMAL64);
        BigDecimal instanceHour = db.monthlyCost().divide(MonthHours.DECIMAL, MathContext.DECIMAL64);
        String zoneName = RuleFigures.zone(zone);
        String load = "mean CPU < " + RuleFigures.plain(t.idleCpuPercent()) + " %"
                + (count.isPresent() ? " and mean connections ≤ " + RuleFigures.plain(t.idleConnections())
                : percent.isPresent() ? " and connection usage ≤ " + RuleFigures.plain(t.idleConnectionPercent()) + " %"
                : " (no connection metric: CPU only)");
        int worst = hours.leastIdleHour(window);
        out.add(context.finding(this, db)
                .monthlySavings(saving)
                .action("Move the database to serverless (or scale it down) " + window.text() + " " + zoneName
                        + " every day; scale back up for the busy hours")
                .reason(String.format(Locale.ROOT,
                        "Every hour %s %s had %s on at least %s %% of the days (least: %02d:00, %d of %d days); serverless floor %s units "
                                + "× %s %s/unit-hour = %s %s/h instead of %s %s/h (billed %s %s/month ÷ %d h) for %d of "
                                + "24 h; busy hours assumed to cost what they cost today",
                        window.text(), zoneName, load, RuleFigures.plain(t.idleDayShare() * 100), worst,
                        hours.idleDays()[worst], hours.spanDays()[worst], minUnits.value().toPlainString(),
                        unitHour.value().toPlainString(), currency, floorHour.stripTrailingZeros().toPlainString(),
                        currency, RuleFigures.money(instanceHour), currency, RuleFigures.money(db.monthlyCost()), currency, MonthHours.HOURS,
                        window.hours()))
                .confidence(connections != null ? Confidence.HIGH : Confidence.MEDIUM)
                .build());
    }
}
