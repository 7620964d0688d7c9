package org.cloudcost.core.rules.compute;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link OffHoursComputeRule}, typed.
 *
 * <pre>{@code
 * OffHoursComputeThresholds t = OffHoursComputeThresholds.of(context.thresholds(rule, resource));
 * t.quietCpuPercent();   // 10.0
 * }</pre>
 *
 * @param quietCpuPercent an hour of the week is quiet only when its mean CPU is below this
 * @param quietShareOfBusyPercent … and below this share of the busy level (the p95 of the 168 hourly means)
 * @param minWindowHours shortest daily window worth a schedule
 * @param minDays fewest days of CPU data to judge
 * @param minFleetInstances fewest instances a production fleet keeps in quiet hours
 */
record OffHoursComputeThresholds(double quietCpuPercent, double quietShareOfBusyPercent, int minWindowHours,
                                        int minDays, int minFleetInstances) {

    /** The documented thresholds, in the order {@code rules describe} prints them. */
    static final List<Threshold> SPECS = List.of(
            new Threshold("quietCpuPercent", "an hour of the week is quiet only when its mean CPU is below this", "%", 10, 0,
                    100,
                    "an hour at or under the level Trusted Advisor already calls low utilization does no work worth "
                            + "keeping a machine up for",
                    "AWS Trusted Advisor 'Low Utilization Amazon EC2 Instances' (daily CPU ≤ 10 %)"),
            new Threshold("quietShareOfBusyPercent",
                    "… and below this share of the busy level, the 95th percentile of the 168 hour-of-week means", "%", 50, 1,
                    100,
                    "a quiet hour must need less than half of what the busy hours use, so a stopped test box or a fleet "
                            + "scaled in gives up at least half its capacity only when less than half is wanted; it also "
                            + "keeps an instance that is flat-low all week (no pattern) out of this rule",
                    "this project's choice, from the day/night and weekday/weekend pattern of CASE-STUDY (compute shrunk "
                            + "at night)"),
            new Threshold("minWindowHours", "shortest daily run of quiet hours (wrapping midnight) worth a schedule", "hours", 4,
                    1, 24,
                    "a stop/start or scale-in cycle costs boot and warm-up time; windows shorter than 4 hours are not worth "
                            + "scheduling",
                    "DESIGN rule table (window ≥ 4 h); Cloud Custodian offhours defaults to 19:00–07:00 (12 h), AWS "
                            + "Instance Scheduler runs by such periods"),
            new Threshold("minDays", "fewest days of CPU data needed to judge", "days", 14, 7, 93,
                    "every hour of the week must be seen at least twice before it is called quiet",
                    "two weeks, as AWS Trusted Advisor and Compute Optimizer look back"),
            new Threshold("minFleetInstances",
                    "fewest instances a production fleet (same app tag) keeps at quiet hours", "instances", 2, 1, 1000,
                    "one instance per availability zone keeps a production service up through a zone failure; a fleet "
                            + "this small or smaller is not scaled in at all",
                    "AWS Well-Architected reliability pillar (deploy across several Availability Zones); EC2 Auto "
                            + "Scaling minimum capacity"));

    /** The values in force. */
    static OffHoursComputeThresholds of(Thresholds t) {
        return new OffHoursComputeThresholds(t.value("quietCpuPercent"), t.value("quietShareOfBusyPercent"),
                t.intValue("minWindowHours"), t.intValue("minDays"), t.intValue("minFleetInstances"));
    }
}
