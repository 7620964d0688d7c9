package org.cloudcost.core.internal.canonical;

import java.util.List;

import org.cloudcost.core.internal.csv.TokenizedRow;

/**
 * The statistic of a usage sample and how samples of it fold into one bucket:
 * {@code Average} samples are averaged weighted by their period, {@code Maximum} samples keep
 * the largest.
 *
 * <pre>{@code
 * UsageStatistic s = UsageStatistic.of(row, column);   // AVERAGE when the column is missing or empty
 * s.label();                                            // "Average"
 * }</pre>
 */
enum UsageStatistic {
    AVERAGE("Average"),
    MAXIMUM("Maximum");

    private static final Vocabulary WORDS = new Vocabulary("statistic", List.of(AVERAGE.label, MAXIMUM.label));

    private final String label;

    UsageStatistic(String label) {
        this.label = label;
    }

    /** The name written in the frame: {@code Average} or {@code Maximum}. */
    String label() {
        return label;
    }

    /** The statistic of the field; {@link #AVERAGE} when absent or the column is missing. */
    static UsageStatistic of(TokenizedRow row, int column) {
        if (!Cells.present(row, column)) {
            return AVERAGE;
        }
        return values()[WORDS.indexOf(row, column)];
    }
}
