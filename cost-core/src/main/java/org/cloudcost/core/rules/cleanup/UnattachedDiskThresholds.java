package org.cloudcost.core.rules.cleanup;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link UnattachedDiskRule}.
 *
 * @param minAgeDays a disk created less than this many days before the analysis date is left alone
 */
record UnattachedDiskThresholds(int minAgeDays) {
    static final List<Threshold> SPECS = List.of(
            new Threshold("minAgeDays", "an available disk created fewer days than this before the analysis date is not flagged",
                    "days", 7, 0, 3650,
                    "a disk detached for a deployment, a resize or a restore is usually re-attached within days; "
                            + "a week without an attachment is past that",
                    "AWS Trusted Advisor underutilized EBS volumes (unattached or idle over 7 days); Steampipe thrifty "
                            + "ebs_volume_unattached; Cloud Custodian ebs unattached-volume policies"));

    static UnattachedDiskThresholds of(Thresholds t) {
        return new UnattachedDiskThresholds(t.intValue("minAgeDays"));
    }
}
