package org.cloudcost.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The sizes of the instance families a ladder covers, smallest first, each with its relative
 * price in units (for most families the vCPU ratio: {@code large = 1, xlarge = 2, 2xlarge = 4}).
 * Within a family the price of a size is proportional to its units, so moving from a size to a
 * smaller one saves {@code 1 − units(to) / units(from)} of the instance's cost, whatever its
 * absolute price. A spec is split at its last dot: {@code ecs.g7.2xlarge} is family
 * {@code ecs.g7}, size {@code 2xlarge}.
 *
 * <pre>{@code
 * SizeLadder ladder = catalog.sizeLadder("ecs.g7.2xlarge").orElseThrow();
 * ladder.units("2xlarge");                 // 4.0
 * ladder.smallestFitting("2xlarge", 0.3);  // Optional[xlarge]: 30 % of 4 units is 1.2, xlarge has 2
 * }</pre>
 *
 * @param families regular expression the family must match ({@code ecs\.[a-z0-9-]+})
 * @param sizes size name → relative units, smallest first
 * @param source where the ratios come from
 * @param read when they were read
 */
public record SizeLadder(Pattern families, Map<String, Double> sizes, String source, String read) {
    public SizeLadder {
        sizes = Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
        source = source == null ? "" : source;
        read = read == null ? "" : read;
    }

    /** Equal when the families pattern (as text), the sizes, the source and the date are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SizeLadder l && families.pattern().equals(l.families.pattern()) && sizes.equals(l.sizes)
                && source.equals(l.source) && read.equals(l.read);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(families.pattern(), sizes, source, read);
    }

    /** True when the ladder covers the family of {@code spec}. */
    public boolean covers(String spec) {
        int dot = spec.lastIndexOf('.');
        return dot > 0 && families.matcher(spec.substring(0, dot)).matches() && sizes.containsKey(spec.substring(dot + 1));
    }

    /** The relative units of {@code size}. */
    public OptionalDouble units(String size) {
        Double u = sizes.get(size);
        return u == null ? OptionalDouble.empty() : OptionalDouble.of(u);
    }

    /** The sizes, smallest first. */
    public List<String> sizeNames() {
        return new ArrayList<>(sizes.keySet());
    }

    /**
     * The smallest size whose units are at least {@code share × units(from)}: the size that still
     * carries a load that uses {@code share} of the current size. Empty when {@code from} is not on
     * the ladder or nothing smaller fits.
     */
    public Optional<String> smallestFitting(String from, double share) {
        Double current = sizes.get(from);
        if (current == null) {
            return Optional.empty();
        }
        double needed = current * share;
        for (Map.Entry<String, Double> e : sizes.entrySet()) {
            if (e.getValue() >= needed - 1e-9 && e.getValue() < current) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The size {@code steps} below {@code from} on the ladder, when there is one. */
    public Optional<String> stepDown(String from, int steps) {
        List<String> names = sizeNames();
        int i = names.indexOf(from);
        return i < 0 || i - steps < 0 ? Optional.empty() : Optional.of(names.get(i - steps));
    }
}
