package org.cloudcost.aliyun.inventory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The small translations every inventory mapper shares: Alibaba Cloud API times, states and
 * bandwidth billing into the canonical inventory's words.
 *
 * <pre>{@code
 * ApiValues.time("2017-12-10T04:04Z");        // 2017-12-10T04:04:00Z (ECS writes minutes only)
 * ApiValues.state("InUse");                   // in-use
 * ApiValues.billing("PayByBandwidth");        // fixed
 * }</pre>
 */
final class ApiValues {
    /** ECS and VPC write {@code yyyy-MM-ddTHH:mmZ}; disks, snapshots and RDS add seconds. */
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss][.SSS]XXX");

    private ApiValues() {
    }

    /** The UTC instant of an API time, or null when absent or not a time the APIs write. */
    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip(), API_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The state in lower case ({@code Running} → {@code running}, {@code Available} → {@code available});
     * the in-use spellings ({@code InUse} of EIPs, {@code In_use} of disks) become {@code in-use}.
     */
    static String state(String status) {
        if (status == null || status.isBlank()) {
            return "";
        }
        String s = status.strip();
        if (s.replace("_", "").replace("-", "").equalsIgnoreCase("inuse")) {
            return "in-use";
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** {@code PayByBandwidth} → {@code fixed}, {@code PayByTraffic} → {@code traffic}, anything else → empty. */
    static String billing(String internetChargeType) {
        if (internetChargeType == null) {
            return "";
        }
        return switch (internetChargeType.strip().toLowerCase(Locale.ROOT)) {
            case "paybybandwidth" -> "fixed";
            case "paybytraffic" -> "traffic";
            default -> "";
        };
    }

    /** A positive number from the API's text ({@code "5"}), or null when absent, not a number or not above 0. */
    static Double positive(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip());
            return v > 0 && Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A positive number, or null. */
    static Double positive(Number n) {
        return n == null || n.doubleValue() <= 0 ? null : n.doubleValue();
    }
}
