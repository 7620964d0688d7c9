package org.cloudcost.samples.casestudy;

import java.time.YearMonth;

/**
 * OSS objects written month by month under {@code prefix/YYYY-MM/} for {@code months} months up to
 * {@code last}, all in the Standard class, or one group of current data when {@code months} is 1
 * and {@code monthly} is false.
 *
 * @param bucket       the bucket
 * @param prefix       the key prefix ({@code logs/})
 * @param monthly      true for one group per month ({@code logs/2025-03/})
 * @param months       how many months back from {@code last}
 * @param last         the newest month
 * @param tibPerGroup  TiB in each group
 * @param objectsPerGroup objects in each group
 * @param readDaysAgo  days before the end of the month the group was last read, or -1 for never
 */
record ObjectGroups(String bucket, String prefix, boolean monthly, int months, YearMonth last, double tibPerGroup,
                    long objectsPerGroup, int readDaysAgo) {

    double totalTib() {
        return tibPerGroup * months;
    }
}
