package org.cloudcost.core.rules;

import java.util.List;
import java.util.Set;

/**
 * A check that finds one kind of waste and puts a monthly saving on it. Implementations are
 * stateless and thread-safe; their thresholds are documented in {@link #thresholds()} and their
 * values for a resource come from the context, so the configuration can change them globally,
 * per environment or per tag. Built-in rules live under {@code org.cloudcost.core.rules}; an
 * embedding tool adds its own by listing the class in
 * {@code META-INF/services/org.cloudcost.core.rules.Rule} (see {@link RuleRegistry}).
 *
 * <pre>{@code
 * public final class IdleGpuRule implements Rule {
 *     public String id() { return "idle-gpu"; }
 *     public Strategy strategy() { return Strategy.CLEANUP; }
 *     public String summary() { return "GPU instances with p95 GPU utilisation under 5 %"; }
 *     public Set<DataKind> requires() { return Set.of(DataKind.BILLING, DataKind.USAGE); }
 *     public List<Threshold> thresholds() { return List.of(...); }
 *     public RuleOutcome evaluate(RuleContext context) { ... }
 * }
 * }</pre>
 *
 * <p>Missing data is not evidence: a resource without the rows a rule needs, or with fewer days
 * than its minimum, is reported as a {@link Skip} with the reason, never as idle.
 *
 * <p>Missing inputs are the analysis's business, not the rule's: before it calls
 * {@link #evaluate}, {@code org.cloudcost.core.Analysis} checks {@link #requires()} against the
 * dataset, and when one of those kinds has no rows it does not evaluate the rule but records one
 * skip for the whole rule ({@link Skip#ALL}) with the reason, e.g. {@code needs usage data
 * (--usage) and the dataset has none}. So {@code evaluate} may assume that every kind it requires
 * is present and need not test {@link RuleContext#has}; it still skips, one by one, the resources
 * whose own rows are missing.
 */
public interface Rule {
    /** Kebab-case id, unique in the registry: {@code idle-compute}. */
    String id();

    /** The strategy its findings save by. */
    Strategy strategy();

    /** What it flags, in one sentence (the rule table of the README and {@code rules list}). */
    String summary();

    /** How it decides and how it prices the saving, a few sentences ({@code rules describe}). */
    default String description() {
        return summary();
    }

    /**
     * The inputs it needs. The analysis checks them: when the dataset has no rows of one of these
     * kinds, the rule is not evaluated and is skipped as a whole with a reason naming the input.
     */
    Set<DataKind> requires();

    /** Its thresholds, documented, in the order {@code rules describe} prints them. */
    List<Threshold> thresholds();

    /**
     * Runs the rule over a dataset. The analysis calls it only when the dataset has every kind in
     * {@link #requires()}, so it need not check for them; it still skips, with a reason, each resource
     * whose own rows are missing (no {@code cpu_percent} rows, no {@code CreatedAt}, fewer days than
     * {@code minDays}). Must not throw for odd data: a resource it cannot judge is a skip with a
     * reason. Called directly on a context that lacks a required kind, it must not throw either, and
     * should find nothing.
     */
    RuleOutcome evaluate(RuleContext context);
}
