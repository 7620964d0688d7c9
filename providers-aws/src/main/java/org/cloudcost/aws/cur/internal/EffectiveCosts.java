package org.cloudcost.aws.cur.internal;

import static org.cloudcost.aws.cur.internal.CurColumn.*;

import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.format.CsvRow;

/**
 * The FOCUS EffectiveCost of a CUR line: what it costs once upfront payments are spread over
 * the usage they pay for and discounts are taken off. BilledCost stays the unblended cost;
 * EffectiveCost is, by line item type:
 * <ul>
 * <li>{@code SavingsPlanCoveredUsage}: the Savings Plan effective cost (its net column when the
 * report has one);</li>
 * <li>{@code DiscountedUsage}: the reservation effective cost (net when present);</li>
 * <li>{@code SavingsPlanNegation}, {@code SavingsPlanUpfrontFee}, and a {@code Fee} with a
 * reservation ARN (an RI's upfront payment): 0, since the covered usage lines carry that cost;</li>
 * <li>{@code SavingsPlanRecurringFee}: the unused commitment, TotalCommitmentToDate −
 * UsedCommitment;</li>
 * <li>{@code RIFee}: the unused reservation, UnusedAmortizedUpfrontFeeForBillingPeriod +
 * UnusedRecurringFee (their net columns when present);</li>
 * <li>every other line: the net unblended cost when the report has it, else the unblended cost.</li>
 * </ul>
 * The rows for negations and fees are those of the AWS Well-Architected CUR query library's
 * amortized cost and of the FinOps Foundation's converter ({@code focus-conversion-rules-aws-cur.csv}):
 * without them the month's EffectiveCost would count Savings Plan usage twice. Wherever the
 * columns a rule needs are missing or empty, the line falls back to its unblended cost, so no
 * line is ever without an EffectiveCost.
 */
final class EffectiveCosts {
    private final int net;
    private final int savingsPlan;
    private final int netSavingsPlan;
    private final int commitment;
    private final int usedCommitment;
    private final int reservation;
    private final int netReservation;
    private final int unusedUpfront;
    private final int unusedRecurring;
    private final int netUnusedUpfront;
    private final int netUnusedRecurring;
    private final int reservationArn;

    EffectiveCosts(CsvHeader header, CurDialect dialect) {
        net = dialect.indexOf(header, NET_UNBLENDED_COST);
        savingsPlan = dialect.indexOf(header, SAVINGS_PLAN_EFFECTIVE_COST);
        netSavingsPlan = dialect.indexOf(header, NET_SAVINGS_PLAN_EFFECTIVE_COST);
        commitment = dialect.indexOf(header, SAVINGS_PLAN_TOTAL_COMMITMENT_TO_DATE);
        usedCommitment = dialect.indexOf(header, SAVINGS_PLAN_USED_COMMITMENT);
        reservation = dialect.indexOf(header, RESERVATION_EFFECTIVE_COST);
        netReservation = dialect.indexOf(header, RESERVATION_NET_EFFECTIVE_COST);
        unusedUpfront = dialect.indexOf(header, RESERVATION_UNUSED_AMORTIZED_UPFRONT_FEE);
        unusedRecurring = dialect.indexOf(header, RESERVATION_UNUSED_RECURRING_FEE);
        netUnusedUpfront = dialect.indexOf(header, RESERVATION_NET_UNUSED_AMORTIZED_UPFRONT_FEE);
        netUnusedRecurring = dialect.indexOf(header, RESERVATION_NET_UNUSED_RECURRING_FEE);
        reservationArn = dialect.indexOf(header, RESERVATION_ARN);
    }

    /**
     * The amount columns the rules read, present in the header: each rule is a sum or difference
     * of them, chosen by the line item type, the reservation ARN's presence and these columns'
     * presence, never by their values.
     */
    java.util.stream.IntStream amountColumns() {
        return java.util.stream.IntStream.of(net, savingsPlan, netSavingsPlan, commitment, usedCommitment, reservation,
                netReservation, unusedUpfront, unusedRecurring, netUnusedUpfront, netUnusedRecurring).filter(c -> c >= 0);
    }

    /** The EffectiveCost of a line of {@code type} whose unblended cost is {@code unblended}. */
    double of(CsvRow row, LineItemType type, double unblended) {
        return switch (type) {
            case SAVINGS_PLAN_COVERED_USAGE -> first(row, netSavingsPlan, savingsPlan, unblended);
            case DISCOUNTED_USAGE -> first(row, netReservation, reservation, unblended);
            case SAVINGS_PLAN_NEGATION, SAVINGS_PLAN_UPFRONT_FEE -> 0;
            case SAVINGS_PLAN_RECURRING_FEE -> present(row, commitment) && present(row, usedCommitment)
                    ? row.decimal(commitment) - row.decimal(usedCommitment) : unblended;
            case RI_FEE -> riFee(row, unblended);
            case FEE -> present(row, reservationArn) ? 0 : netOr(row, unblended);
            default -> netOr(row, unblended);
        };
    }

    private double riFee(CsvRow row, double unblended) {
        if (present(row, netUnusedUpfront) || present(row, netUnusedRecurring)) {
            return or(row, netUnusedUpfront, 0) + or(row, netUnusedRecurring, 0);
        }
        if (present(row, unusedUpfront) || present(row, unusedRecurring)) {
            return or(row, unusedUpfront, 0) + or(row, unusedRecurring, 0);
        }
        return unblended;
    }

    private double netOr(CsvRow row, double unblended) {
        return or(row, net, unblended);
    }

    private static double first(CsvRow row, int preferred, int other, double fallback) {
        return present(row, preferred) ? row.decimal(preferred) : or(row, other, fallback);
    }

    private static double or(CsvRow row, int column, double fallback) {
        return present(row, column) ? row.decimal(column) : fallback;
    }

    private static boolean present(CsvRow row, int column) {
        return column >= 0 && !row.isAbsent(column);
    }
}
