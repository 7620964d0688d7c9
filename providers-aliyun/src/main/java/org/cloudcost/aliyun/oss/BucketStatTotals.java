package org.cloudcost.aliyun.oss;

import com.aliyun.oss.model.BucketStat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code GetBucketStat}'s per-class figures as {@link ClassTotal}s keyed by the storage
 * class names OSS uses in listings. Sizes are the <em>real</em> sizes
 * ({@code InfrequentAccessRealStorage}, {@code ArchiveRealStorage}, …), not the billed ones with
 * the 64 KB minimum per object, so they can be compared with listed object sizes; the billed
 * figure stands in only when the real one is missing. An absent figure counts as zero.
 *
 * <pre>{@code
 * Map<String, ClassTotal> totals = BucketStatTotals.byClass(oss.getBucketStat("app-logs"));
 * totals.get("IA").bytes();
 * }</pre>
 */
public final class BucketStatTotals {
    private BucketStatTotals() {
    }

    /** Bytes and objects per class ({@code Standard}, {@code IA}, {@code Archive}, {@code ColdArchive}, {@code DeepColdArchive}). */
    public static Map<String, ClassTotal> byClass(BucketStat s) {
        Map<String, ClassTotal> m = new LinkedHashMap<>();
        m.put("Standard", total(s.getStandardStorage(), null, s.getStandardObjectCount()));
        m.put("IA", total(s.getInfrequentAccessRealStorage(), s.getInfrequentAccessStorage(),
                s.getInfrequentAccessObjectCount()));
        m.put("Archive", total(s.getArchiveRealStorage(), s.getArchiveStorage(), s.getArchiveObjectCount()));
        m.put("ColdArchive", total(s.getColdArchiveRealStorage(), s.getColdArchiveStorage(),
                s.getColdArchiveObjectCount()));
        m.put("DeepColdArchive", total(s.getDeepColdArchiveRealStorage(), s.getDeepColdArchiveStorage(),
                s.getDeepColdArchiveObjectCount()));
        return m;
    }

    /** Whether the response carries any per-class figure at all (older responses carry only the totals). */
    public static boolean hasClassFigures(BucketStat s) {
        Long[] figures = {s.getStandardStorage(), s.getStandardObjectCount(), s.getInfrequentAccessStorage(),
                s.getInfrequentAccessRealStorage(), s.getInfrequentAccessObjectCount(), s.getArchiveStorage(),
                s.getArchiveRealStorage(), s.getArchiveObjectCount(), s.getColdArchiveStorage(),
                s.getColdArchiveRealStorage(), s.getColdArchiveObjectCount(), s.getDeepColdArchiveStorage(),
                s.getDeepColdArchiveRealStorage(), s.getDeepColdArchiveObjectCount()};
        for (Long f : figures) {
            if (f != null) {
                return true;
            }
        }
        return false;
    }

    private static ClassTotal total(Long real, Long billed, Long count) {
        long bytes = real != null ? real : billed != null ? billed : 0;
        return new ClassTotal(bytes, count == null ? 0 : count);
    }
}
