package org.cloudcost.core.rules.storage;

import java.util.List;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * The thresholds of {@link StaleStorageRule}.
 *
 * @param archiveAfterDays a hot group not modified for this many days is moved to the archive class
 * @param deleteAfterDays a log or backup group not modified for this many days is deleted
 * @param recentAccessDays a group read fewer days ago than this is not archived
 */
record StaleStorageThresholds(int archiveAfterDays, int deleteAfterDays, int recentAccessDays) {
    static final List<Threshold> SPECS = List.of(
            new Threshold("archiveAfterDays", "a group in a hot class whose newest object is at least this many days old "
                    + "is moved to the archive class", "days", 90, 1, 3650,
                    "after a quarter, logs and exports are read for audits and incidents, rarely enough that an archive "
                            + "class's retrieval fee costs less than keeping them hot",
                    "CASE-STUDY (archive logs older than 3 months); S3 Intelligent-Tiering moves objects to Archive "
                            + "Instant Access after 90 days without access; Steampipe thrifty S3/OSS lifecycle checks"),
            new Threshold("deleteAfterDays", "a group whose prefix or bucket name says logs or backups (log, logs, logging, "
                    + "backup, backups, bak, bkp, dump, …) and whose newest object is at least this many days old is "
                    + "deleted", "days", 365, 1, 36500,
                    "a year covers the common log and backup retention periods; keeping them longer is a policy "
                            + "decision the finding asks a person to confirm",
                    "CASE-STUDY (delete data older than 1 year); Steampipe thrifty buckets-without-lifecycle checks"),
            new Threshold("recentAccessDays", "a group last read fewer days ago than this (or than the archive class's "
                    + "minimum storage duration, whichever is longer) is not archived", "days", 30, 0, 3650,
                    "data read within the last month is likely read again, and every read from an archive class pays a "
                            + "retrieval fee (and a restore wait) that eats the storage saving",
                    "S3 Intelligent-Tiering (30 days without access before the Infrequent Access tier); OSS Archive and "
                            + "S3 Glacier minimum storage durations (storage.<Class>.minDays)"));

    static StaleStorageThresholds of(Thresholds t) {
        return new StaleStorageThresholds(t.intValue("archiveAfterDays"), t.intValue("deleteAfterDays"),
                t.intValue("recentAccessDays"));
    }
}
