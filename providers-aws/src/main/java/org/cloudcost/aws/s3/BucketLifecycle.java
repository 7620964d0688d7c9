package org.cloudcost.aws.s3;

import java.util.List;

/**
 * What a bucket's lifecycle configuration does, in short ({@code GetBucketLifecycleConfiguration}):
 * how many rules, how many enabled, the storage classes enabled rules move objects to, and whether
 * an enabled rule expires (deletes) objects. A bucket without one ({@code NoSuchLifecycleConfiguration})
 * is {@link #NONE}: that is the case the stale-storage rule is about, not an error.
 *
 * <pre>{@code
 * bucket.lifecycle().describe();   // "2 rules (1 enabled): transitions to GLACIER; expiration"
 * BucketLifecycle.NONE.describe(); // "none"
 * }</pre>
 *
 * @param transitionsTo storage classes of the enabled rules' transitions, in rule order, without repeats
 */
public record BucketLifecycle(int rules, int enabledRules, List<String> transitionsTo, boolean expires) {
    /** No lifecycle configuration. */
    public static final BucketLifecycle NONE = new BucketLifecycle(0, 0, List.of(), false);

    public BucketLifecycle {
        if (enabledRules < 0 || enabledRules > rules) {
            throw new IllegalArgumentException("enabled rules " + enabledRules + " of " + rules);
        }
        transitionsTo = List.copyOf(transitionsTo);
    }

    /** One line: {@code none}, or the rule counts and what the enabled rules do. */
    public String describe() {
        if (rules == 0) {
            return "none";
        }
        StringBuilder sb = new StringBuilder().append(rules).append(rules == 1 ? " rule (" : " rules (")
                .append(enabledRules).append(" enabled)");
        String sep = ": ";
        if (!transitionsTo.isEmpty()) {
            sb.append(sep).append("transitions to ").append(String.join(", ", transitionsTo));
            sep = "; ";
        }
        if (expires) {
            sb.append(sep).append("expiration");
        }
        return sb.toString();
    }
}
