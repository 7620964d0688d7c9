package org.cloudcost.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The minimal aggregation every approach feeds: BilledCost summed (plain double addition) per
 * (ResourceId, ServiceName, charge day), with a missing ResourceId or ServiceName ({@code NULL}
 * or empty) grouped as the empty string, as cloudcost's reader does.
 */
final class GroupSums {
    /** The group key; the day is days since 1970-01-01. */
    record Key(String resourceId, String serviceName, int day) {
    }

    private final Map<Key, double[]> sums = new HashMap<>(1 << 16);

    void add(String resourceId, String serviceName, int day, double billedCost) {
        sums.computeIfAbsent(new Key(resourceId, serviceName, day), k -> new double[1])[0] += billedCost;
    }

    /** {@code NULL} (any case) and empty as the empty string; for parsers that return the raw text. */
    static String absentAsEmpty(String s) {
        if (s == null || s.isEmpty() || (s.length() == 4 && s.equalsIgnoreCase("NULL"))) {
            return "";
        }
        return s;
    }

    Outcome outcome(long lines) {
        Outcome.Builder b = new Outcome.Builder(lines);
        sums.forEach((k, v) -> b.group(k.resourceId(), k.serviceName(), k.day(), v[0]));
        return b.build();
    }
}
