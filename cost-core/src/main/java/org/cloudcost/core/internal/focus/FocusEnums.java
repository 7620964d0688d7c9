package org.cloudcost.core.internal.focus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cloudcost.core.frame.BillingFrame;

/**
 * FOCUS enumerations in their spec spelling, looked up without regard to case (real exports
 * write {@code Usage-based} beside {@code Usage-Based}). Unknown values are kept as written:
 * they are still billed money.
 */
final class FocusEnums {
    private static final Map<String, String> CHARGE = byFoldedName(BillingFrame.CHARGE_CATEGORIES);
    private static final Map<String, String> SERVICE = byFoldedName(BillingFrame.SERVICE_CATEGORIES);

    private FocusEnums() {
    }

    private static Map<String, String> byFoldedName(List<String> names) {
        return names.stream().collect(Collectors.toUnmodifiableMap(n -> n.toLowerCase(Locale.ROOT), Function.identity()));
    }

    /** The spec spelling of a ChargeCategory; an unknown value is kept as written. */
    static String chargeCategory(String value) {
        return CHARGE.getOrDefault(value.toLowerCase(Locale.ROOT), value);
    }

    /** The spec spelling of a ServiceCategory; an absent category is {@code Other}. */
    static String serviceCategory(String value) {
        if (value.isEmpty()) {
            return "Other";
        }
        return SERVICE.getOrDefault(value.toLowerCase(Locale.ROOT), value);
    }

}
