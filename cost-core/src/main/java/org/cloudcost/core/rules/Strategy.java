package org.cloudcost.core.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a finding saves money: the {@code Strategy} column of {@code findings.csv} (FORMATS.md §3)
 * and the rows of the savings table.
 *
 * <pre>{@code
 * Strategy.ELASTIC_SCALING.id();           // "elastic-scaling"
 * Strategy.fromId("right-sizing");         // Optional[RIGHT_SIZING]
 * }</pre>
 */
public enum Strategy {
    /** Run less at quiet times: stop or scale down at night and at weekends, serverless databases. */
    ELASTIC_SCALING("elastic-scaling"),
    /** Pay for a smaller size that still carries the load. */
    RIGHT_SIZING("right-sizing"),
    /** Move old data to a colder class, delete what is past its retention. */
    DATA_LIFECYCLE("data-lifecycle"),
    /** Pay for traffic, not for a peak: pay-by-traffic, CDN offload. */
    NETWORK("network"),
    /** Remove what nobody uses: idle instances, unattached disks, old snapshots, free IPs. */
    CLEANUP("cleanup"),
    /** Not a saving: a resource close to its limits, to watch or grow. */
    CAPACITY_RISK("capacity-risk");

    private final String id;

    Strategy(String id) {
        this.id = id;
    }

    /** The kebab-case name used in files and the configuration. */
    public String id() {
        return id;
    }

    /** True for strategies whose findings save money (all but {@link #CAPACITY_RISK}). */
    public boolean saves() {
        return this != CAPACITY_RISK;
    }

    /** The strategy named {@code id} ({@code elastic-scaling}, …), case-insensitively. */
    public static Optional<Strategy> fromId(String id) {
        String folded = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(folded)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
