package org.cloudcost.core.rules.cleanup;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link OldSnapshotRule}.
 *
 * @param maxAgeDays a snapshot created at least this many days before the analysis date is flagged
 */
record OldSnapshotThresholds(int maxAgeDays) {
    static final List<Threshold> SPECS = List.of(
            new Threshold("maxAgeDays", "a snapshot created at least this many days before the analysis date is flagged",
                    "days", 90, 1, 3650,
                    "a quarter covers the usual operational restore window; older snapshots are kept by habit more "
                            + "often than by a retention policy",
                    "Steampipe thrifty / Flowpipe aws_thrifty ebs_snapshot_age_max_days (90); thrifty DigitalOcean "
                            + "block_storage_volume_snapshot_age_max_days (90); Cloud Custodian ebs-snapshot age filter"));

    static OldSnapshotThresholds of(Thresholds t) {
        return new OldSnapshotThresholds(t.intValue("maxAgeDays"));
    }
}
