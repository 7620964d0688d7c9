package org.cloudcost.core.rules.database;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link IdleWindowDatabaseRule}.
 *
 * @param idleCpuPercent an hour is idle only when its mean CPU is below this
 * @param idleConnections an hour is idle only when its mean {@code db_connections} is at most this (when reported)
 * @param idleConnectionPercent the same for {@code db_connection_percent}, used when there is no connection count
 * @param idleDayShare an hour of day is part of the idle window when it was idle on at least this share of the days
 * @param minWindowHours the shortest daily window worth scaling down for
 * @param minDays the fewest days of CPU data a judgement needs
 */
record IdleWindowDatabaseThresholds(double idleCpuPercent, double idleConnections, double idleConnectionPercent,
                                    double idleDayShare, int minWindowHours, int minDays) {
    static final List<Threshold> SPECS = List.of(
            new Threshold("idleCpuPercent", "an hour is idle only when the database's mean CPU in it is below this",
                    "%", 5, 0, 100,
                    "a database nobody queries still runs checkpoints, replication apply and the monitoring agent, "
                            + "which stay under 5 % of a vCPU-sized instance; the same bar as the idle-compute rule",
                    "AWS Trusted Advisor low-utilization checks (10 % CPU) tightened to the idle-compute rule's 5 %; "
                            + "CASE-STUDY (databases idle 00:00–06:00)"),
            new Threshold("idleConnections", "when db_connections is reported, an hour is idle only when its mean "
                    + "connection count is at most this", "connections", 1, 0, 100_000,
                    "Trusted Advisor's idle test is zero connections; one allows a monitoring or health-check session "
                            + "held all hour (an hourly mean of 1)",
                    "AWS Trusted Advisor Amazon RDS idle DB instances (no connection in 7 days)"),
            new Threshold("idleConnectionPercent", "when only db_connection_percent is reported (Alibaba ConnectionUsage), "
                    + "an hour is idle only when its mean is at most this", "%", 1, 0, 100,
                    "1 % of the few hundred connections the smallest RDS classes allow is one or two sessions: the "
                            + "same allowance as idleConnections",
                    "AWS Trusted Advisor idle RDS (no connection) translated to Alibaba CloudMonitor ConnectionUsage"),
            new Threshold("idleDayShare", "an hour of day belongs to the idle window when it was idle on at least this "
                    + "share of the days that hour lies within the data's span", "share", 0.9, 0.5, 1,
                    "tolerates one odd night in two weeks (a backup run, a migration) but not a weekly job at that "
                            + "hour (2 of 14 days busy is 86 %)",
                    "the idle-compute rule's 90 % of days; CASE-STUDY (idle every night 00:00–06:00)"),
            new Threshold("minWindowHours", "the longest run of idle hours (wrapping midnight) must be at least this long",
                    "hours", 4, 1, 24,
                    "scaling a database down and back up takes minutes and a change window; under four hours the "
                            + "saving rarely pays for the risk",
                    "CASE-STUDY (00:00–06:00, 6 h); the off-hours-compute rule's 4 h window; AWS Instance Scheduler"),
            new Threshold("minDays", "days of cpu_percent data needed before a database is judged", "days", 14, 1, 366,
                    "two weeks show every weekday twice, so a weekly batch at night is not mistaken for idleness",
                    "AWS Compute Optimizer and Trusted Advisor 14-day look-back"));

    static IdleWindowDatabaseThresholds of(Thresholds t) {
        return new IdleWindowDatabaseThresholds(t.value("idleCpuPercent"), t.value("idleConnections"),
                t.value("idleConnectionPercent"), t.value("idleDayShare"), t.intValue("minWindowHours"), t.intValue("minDays"));
    }
}
