package org.cloudcost.core.internal.focus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * FOCUS enumerations in their spec spelling, looked up without regard to case (real exports
 * write {@code Usage-based} beside {@code Usage-Based}). Unknown values are kept as written:
 * they are still billed money.
 */
final class FocusEnums {
    /** FOCUS 1.0–1.3 ChargeCategory values. */
    static final List<String> CHARGE_CATEGORIES = List.of("Usage", "Purchase", "Tax", "Credit", "Adjustment");

    /** FOCUS 1.0–1.3 ServiceCategory values. */
    static final List<String> SERVICE_CATEGORIES = List.of("AI and Machine Learning", "Analytics", "Business Applications",
            "Compute", "Databases", "Developer Tools", "Multicloud", "Identity", "Integration", "Internet of Things",
            "Management and Governance", "Media", "Migration", "Mobile", "Networking", "Security", "Storage", "Web", "Other");

    private static final Map<String, String> CHARGE = byFoldedName(CHARGE_CATEGORIES);
    private static final Map<String, String> SERVICE = byFoldedName(SERVICE_CATEGORIES);

    private FocusEnums() {
    }

    private static Map<String, String> byFoldedName(List<String> names) {
        return names.stream().collect(Collectors.toUnmodifiableMap(n -> n.toLowerCase(Locale.ROOT), Function.identity()));
    }

    /** Values seen before, in their spec spelling: the input strings are few and deduplicated. */
    private static final Map<String, String> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    static String chargeCategory(String value) {
        return SEEN.computeIfAbsent("c:" + value, k -> CHARGE.getOrDefault(value.toLowerCase(Locale.ROOT), value));
    }

    /** The spec spelling; an absent category is {@code Other}. */
    static String serviceCategory(String value) {
        if (value.isEmpty()) {
            return "Other";
        }
        return SERVICE.getOrDefault(value.toLowerCase(Locale.ROOT), value);
    }
}
