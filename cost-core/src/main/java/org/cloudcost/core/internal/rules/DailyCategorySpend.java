package org.cloudcost.core.internal.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cloudcost.core.config.CloudcostConfig;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.frame.FrameAccess;
import org.cloudcost.core.internal.spend.CurrencyConversion;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** BilledCost per FOCUS ServiceCategory per charge day, in the reporting currency: the forecast's input. */
public final class DailyCategorySpend {
    private static final Set<String> FOCUS_CATEGORIES = Set.copyOf(BillingFrame.SERVICE_CATEGORIES);

    private DailyCategorySpend() {
    }

    /** Category (blank or non-FOCUS → {@code Other}) → day → BilledCost. */
    public static Map<String, Map<LocalDate, Double>> of(BillingFrame billing, CloudcostConfig config) {
        Table t = FrameAccess.readOnly(billing);
        StringColumn currency = t.stringColumn(BillingFrame.BILLING_CURRENCY);
        CurrencyConversion fx = CurrencyConversion.of(new TreeSet<>(currency.asSet()), config);
        StringColumn category = t.stringColumn(BillingFrame.SERVICE_CATEGORY);
        DateColumn day = t.dateColumn(BillingFrame.CHARGE_PERIOD_START);
        DoubleColumn billed = t.doubleColumn(BillingFrame.BILLED_COST);
        Map<String, Map<LocalDate, Double>> out = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String c = FOCUS_CATEGORIES.contains(category.get(r)) ? category.get(r) : "Other";
            out.computeIfAbsent(c, k -> new TreeMap<>()).merge(day.get(r), billed.getDouble(r) * fx.rate(currency.get(r)),
                    Double::sum);
        }
        return out;
    }
}
