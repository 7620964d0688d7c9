package org.cloudcost.core.internal.spend;

import org.cloudcost.core.ReadReport;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.spend.SpendSummary;

/** PLACEHOLDER */
public final class SpendCalculator {
    private SpendCalculator() {
    }

    public static SpendSummary summarize(BillingFrame billing, ReadReport report, CloudcostConfig config) {
        throw new UnsupportedOperationException();
    }
}
