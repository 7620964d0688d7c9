package org.cloudcost.core.rules;

/**
 * How sure a rule is of a finding: the {@code Confidence} column of {@code findings.csv}.
 * {@link #HIGH} rests on complete data well past the threshold; {@link #MEDIUM} on data near the
 * threshold or partly estimated prices; {@link #LOW} on thin data or assumptions a person should
 * check before acting.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
