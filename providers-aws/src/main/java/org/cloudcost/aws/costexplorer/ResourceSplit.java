package org.cloudcost.aws.costexplorer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces service-level lines by the resource-level lines of the same day, account and service,
 * keeping the totals: each resource's cost becomes its own line, and what the resources do not
 * cover (cost without a resource, or the difference between the two queries) stays as one line
 * without a resource id. Lines of other days or services are kept as they are, so the month's
 * total never changes.
 *
 * <pre>{@code
 * List<CostLine> merged = ResourceSplit.merge(serviceLines, resourceLines);
 * }</pre>
 */
final class ResourceSplit {
    private ResourceSplit() {
    }

    private record Key(java.time.LocalDate day, String account, String service) {
        static Key of(CostLine l) {
            return new Key(l.day(), l.account(), l.service());
        }
    }

    /**
     * @param serviceLines the service-level lines of the month (without tags)
     * @param resourceLines resource-level lines of some days and services
     * @return the lines, with those {@code resourceLines} cover split by resource
     */
    static List<CostLine> merge(List<CostLine> serviceLines, List<CostLine> resourceLines) {
        Map<Key, List<CostLine>> byKey = new LinkedHashMap<>();
        for (CostLine r : resourceLines) {
            byKey.computeIfAbsent(Key.of(r), k -> new ArrayList<>()).add(r);
        }
        List<CostLine> out = new ArrayList<>();
        Set<Key> covered = byKey.keySet();
        for (CostLine line : serviceLines) {
            List<CostLine> resources = byKey.get(Key.of(line));
            if (resources == null) {
                out.add(line);
                continue;
            }
            BigDecimal unblended = line.unblended();
            BigDecimal amortized = line.amortized();
            for (CostLine r : resources) {
                if (!r.resourceId().isEmpty() && (r.unblended().signum() != 0 || r.amortized().signum() != 0)) {
                    out.add(line.forResource(r.resourceId(), r.unblended(), r.amortized()));
                    unblended = unblended.subtract(r.unblended());
                    amortized = amortized.subtract(r.amortized());
                }
            }
            if (unblended.signum() != 0 || amortized.signum() != 0) {
                out.add(line.forResource("", unblended, amortized));
            }
        }
        // resource lines without a service line: the service total is zero, so they sum to zero with their remainder
        Set<Key> seen = new java.util.HashSet<>();
        serviceLines.forEach(l -> seen.add(Key.of(l)));
        for (Key k : covered) {
            if (!seen.contains(k)) {
                CostLine first = byKey.get(k).get(0);
                CostLine zero = first.forResource("", BigDecimal.ZERO, BigDecimal.ZERO);
                out.addAll(merge(List.of(zero), byKey.get(k)));
            }
        }
        return out;
    }
}
