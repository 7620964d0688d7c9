package org.cloudcost.core.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * One fix worth making, with its saving: a row of {@code findings.csv} (FORMATS.md §3).
 * Immutable. A rule builds it with {@link RuleContext#finding(Rule, Resource)}; the savings plan
 * sets {@link #estimatedMonthlySavings()} after de-duplicating across the rules that hit the same
 * resource, so the findings of one resource never save more than it costs.
 *
 * <pre>{@code
 * return context.finding(this, resource)
 *         .monthlySavings(resource.monthlyCost())
 *         .action("Release the instance (snapshot its disks first)")
 *         .reason("p95 CPU 3.1 % and 0.4 MB/day network over 30 days")
 *         .confidence(Confidence.HIGH)
 *         .build();
 * }</pre>
 *
 * @param ruleId the rule that found it
 * @param strategy how it saves
 * @param resourceId the resource (for object storage: {@code bucket/prefix})
 * @param resourceType canonical type ({@code compute}, {@code database}, {@code bucket}, …)
 * @param serviceCategory FOCUS ServiceCategory
 * @param serviceName the bill's ServiceName
 * @param regionId region
 * @param subAccountId the account it is billed to
 * @param environment environment tag value, or {@code ""}
 * @param monthlyCost what the resource costs a month (BilledCost; for object groups without a
 *        bill line of their own, the catalog's price for their size)
 * @param effectiveMonthlyCost the same in EffectiveCost (amortized, after discounts)
 * @param standaloneMonthlySavings the rule's own estimate, as if no other rule hit the resource
 * @param estimatedMonthlySavings the saving after de-duplication across rules (equal to the
 *        standalone figure until a {@link org.cloudcost.core.savings.SavingsPlan} sets it)
 * @param currency currency of every amount
 * @param action what to do, imperative
 * @param reason the evidence, as a sentence a person can check against the inputs
 * @param confidence how sure the rule is
 */
public record Finding(String ruleId, Strategy strategy, String resourceId, String resourceType,
                      String serviceCategory, String serviceName, String regionId, String subAccountId,
                      String environment, BigDecimal monthlyCost, BigDecimal effectiveMonthlyCost,
                      BigDecimal standaloneMonthlySavings, BigDecimal estimatedMonthlySavings, String currency,
                      String action, String reason, Confidence confidence) {

    /** Checks that amounts are present, non-negative, and that no saving exceeds the cost. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
        for (BigDecimal amount : new BigDecimal[] {monthlyCost, effectiveMonthlyCost, standaloneMonthlySavings,
                estimatedMonthlySavings}) {
            Objects.requireNonNull(amount, "amounts");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException(ruleId + " on " + resourceId + ": negative amount " + amount);
            }
        }
        if (standaloneMonthlySavings.compareTo(monthlyCost) > 0 || estimatedMonthlySavings.compareTo(monthlyCost) > 0) {
            throw new IllegalArgumentException(ruleId + " on " + resourceId + ": saving " + standaloneMonthlySavings
                    + " exceeds the monthly cost " + monthlyCost);
        }
        resourceType = text(resourceType);
        serviceCategory = text(serviceCategory);
        serviceName = text(serviceName);
        regionId = text(regionId);
        subAccountId = text(subAccountId);
        environment = text(environment);
        currency = text(currency);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The standalone saving as a share of the monthly cost, 0..1 (0 when the cost is zero). */
    public double savingShare() {
        return monthlyCost.signum() == 0 ? 0 : standaloneMonthlySavings.divide(monthlyCost, MathContext.DECIMAL64).doubleValue();
    }

    /** A copy with the de-duplicated saving. */
    public Finding withEstimatedMonthlySavings(BigDecimal saving) {
        return new Finding(ruleId, strategy, resourceId, resourceType, serviceCategory, serviceName, regionId,
                subAccountId, environment, monthlyCost, effectiveMonthlyCost, standaloneMonthlySavings, saving, currency,
                action, reason, confidence);
    }

    /** Starts a finding of {@code rule} about {@code resource}, with the resource's facts and cost filled in. */
    public static Builder builder(Rule rule, Resource resource, String currency) {
        return new Builder(rule.id(), rule.strategy(), resource.id(), currency)
                .resourceType(resource.resourceType()).serviceCategory(resource.serviceCategory())
                .serviceName(resource.serviceName()).regionId(resource.regionId())
                .subAccountId(resource.subAccountId()).environment(resource.environment())
                .monthlyCost(resource.monthlyCost(), resource.effectiveMonthlyCost());
    }

    /** Starts a finding about something that is not a billed resource (an object group), facts set by hand. */
    public static Builder builder(Rule rule, String resourceId, String currency) {
        return new Builder(rule.id(), rule.strategy(), resourceId, currency);
    }

    @Override
    public String toString() {
        return ruleId + " " + resourceId + ": save " + estimatedMonthlySavings.setScale(2, java.math.RoundingMode.HALF_EVEN)
                .toPlainString() + " " + currency + "/month of " + monthlyCost.setScale(2, java.math.RoundingMode.HALF_EVEN)
                .toPlainString() + " (" + confidence + "): " + action + "; " + reason;
    }

    /** Builds a {@link Finding}; every setter returns the builder. */
    public static final class Builder {
        private final String ruleId;
        private final Strategy strategy;
        private final String resourceId;
        private final String currency;
        private String resourceType = "";
        private String serviceCategory = "";
        private String serviceName = "";
        private String regionId = "";
        private String subAccountId = "";
        private String environment = "";
        private BigDecimal monthlyCost = BigDecimal.ZERO;
        private BigDecimal effectiveMonthlyCost = BigDecimal.ZERO;
        private BigDecimal savings = BigDecimal.ZERO;
        private String action = "";
        private String reason = "";
        private Confidence confidence = Confidence.MEDIUM;

        private Builder(String ruleId, Strategy strategy, String resourceId, String currency) {
            this.ruleId = ruleId;
            this.strategy = strategy;
            this.resourceId = resourceId;
            this.currency = currency;
        }

        public Builder resourceType(String v) {
            resourceType = v;
            return this;
        }

        public Builder serviceCategory(String v) {
            serviceCategory = v;
            return this;
        }

        public Builder serviceName(String v) {
            serviceName = v;
            return this;
        }

        public Builder regionId(String v) {
            regionId = v;
            return this;
        }

        public Builder subAccountId(String v) {
            subAccountId = v;
            return this;
        }

        public Builder environment(String v) {
            environment = v;
            return this;
        }

        /** The monthly cost in BilledCost and EffectiveCost terms. */
        public Builder monthlyCost(BigDecimal billed, BigDecimal effective) {
            monthlyCost = billed;
            effectiveMonthlyCost = effective;
            return this;
        }

        /** The monthly saving in money; at most the monthly cost. */
        public Builder monthlySavings(BigDecimal v) {
            savings = v;
            return this;
        }

        /** The monthly saving as a share (0..1) of the monthly cost. */
        public Builder savingShare(double share) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException(ruleId + " on " + resourceId + ": saving share " + share + " outside 0..1");
            }
            savings = monthlyCost.multiply(BigDecimal.valueOf(share));
            return this;
        }

        public Builder action(String v) {
            action = v;
            return this;
        }

        public Builder reason(String v) {
            reason = v;
            return this;
        }

        public Builder confidence(Confidence v) {
            confidence = v;
            return this;
        }

        /** The finding; the saving is both the standalone and (until de-duplication) the estimated one. */
        public Finding build() {
            if (action.isBlank() || reason.isBlank()) {
                throw new IllegalStateException(ruleId + " on " + resourceId + ": a finding needs an action and a reason");
            }
            return new Finding(ruleId, strategy, resourceId, resourceType, serviceCategory, serviceName, regionId,
                    subAccountId, environment, monthlyCost, effectiveMonthlyCost, savings, savings, currency, action,
                    reason, confidence);
        }
    }
}
