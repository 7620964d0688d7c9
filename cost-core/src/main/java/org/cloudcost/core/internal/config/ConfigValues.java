package org.cloudcost.core.internal.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Value checks the sections share: numbers kept exactly as written, booleans, names used as
 * keys, and tags written {@code key=value}. Each one fails with the node's position and path.
 * The number checks are public for the price-catalog reader, which reads the same YAML layer.
 */
public final class ConfigValues {
    /** A plain decimal as written; the sign is allowed here so that "-1" is told the range, not "number". */
    static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,2})?");

    private ConfigValues() {
    }

    /**
     * A number as a BigDecimal from its source digits (7.1234567 stays exactly that).
     *
     * @param expected what the value should be, for the message when it is not a plain number
     */
    public static BigDecimal decimal(ConfigNode node, String expected) {
        if (!node.isScalar() || node.json().isBoolean() || !DECIMAL.matcher(node.text()).matches()) {
            throw node.expected(expected);
        }
        return new BigDecimal(node.text());
    }

    /** A number of zero or more; {@code unit} (may be empty) is named in the message. */
    public static BigDecimal nonNegativeDecimal(ConfigNode node, String unit) {
        String expected = "a number of 0 or more" + (unit.isEmpty() ? "" : " (" + unit + ")");
        BigDecimal value = decimal(node, expected);
        if (value.signum() < 0) {
            throw node.expected(expected);
        }
        return value;
    }

    /**
     * {@code true} or {@code false}, nothing else: YAML 1.1's {@code yes}, {@code on} and their
     * kin are refused, and so are {@code 1} and the text {@code "true"}.
     */
    static boolean bool(ConfigNode node) {
        boolean written = node.text().equalsIgnoreCase("true") || node.text().equalsIgnoreCase("false");
        if (node.json().isTextual() && written) {
            throw node.expected("true or false without quotes");
        }
        if (!node.json().isBoolean() || !written) {
            throw node.expected("true or false");
        }
        return node.json().booleanValue();
    }

    /**
     * A map key that names something (a provider, a catalog key): not blank, no spaces at its ends.
     *
     * @param what what the key names, with an example, e.g. {@code a provider name such as AWS}
     */
    static String name(ConfigNode entry, String what) {
        String key = entry.key();
        if (key.isBlank()) {
            throw entry.keyError("expected " + what + ", found " + ConfigNode.quote(key));
        }
        if (!key.strip().equals(key)) {
            throw entry.keyError(ConfigNode.quote(key) + " has spaces at its start or end; write "
                    + ConfigNode.quote(key.strip()));
        }
        return key;
    }

    /**
     * A tag written {@code key=value}, split at the first {@code =} (a value may hold more);
     * the key must not be blank, the value may be empty, and neither may start or end with spaces.
     *
     * @param text the tag as written
     * @param example a valid tag for the message, e.g. {@code team=data}
     * @param atKey true when the tag is the node's key ({@code "team=data": {...}}), false when it is its value
     */
    static Map.Entry<String, String> tag(ConfigNode node, String text, String example, boolean atKey) {
        int eq = text.indexOf('=');
        String problem = null;
        if (eq < 0) {
            problem = "expected a tag written key=value, e.g. " + example + ", found " + ConfigNode.quote(text);
        } else if (text.substring(0, eq).isBlank()) {
            problem = "expected a tag written key=value with a key before the \"=\", e.g. " + example + ", found "
                    + ConfigNode.quote(text);
        } else {
            String key = text.substring(0, eq);
            String value = text.substring(eq + 1);
            if (!key.strip().equals(key) || !value.strip().equals(value)) {
                problem = "tag " + ConfigNode.quote(text) + " has spaces around its key or value, which would never match;"
                        + " write " + ConfigNode.quote(key.strip() + "=" + value.strip());
            } else {
                return Map.entry(key, value);
            }
        }
        throw atKey ? node.keyError(problem) : node.error(problem);
    }

    /** What an expected currency is, for messages. */
    public static final String CURRENCY_EXPECTED = "a three-letter ISO 4217 currency code such as CNY or USD";
    private static final Pattern THREE_CAPITALS = Pattern.compile("[A-Z]{3}");

    /** Null when {@code code} is an upper-case ISO 4217 code, else what is wrong with it (with a hint). */
    public static String currencyProblem(String code) {
        if (!THREE_CAPITALS.matcher(code).matches()) {
            String upper = code.toUpperCase(java.util.Locale.ROOT);
            String hint = THREE_CAPITALS.matcher(upper).matches() && isIso(upper) ? " (write it in capitals: " + upper + ")" : "";
            return "expected " + CURRENCY_EXPECTED + ", found " + ConfigNode.quote(code) + hint;
        }
        if (!isIso(code)) {
            String hint = code.equals("RMB") ? " (the renminbi is CNY)" : "";
            return ConfigNode.quote(code) + " is not an ISO 4217 currency code" + hint + "; expected a code such as CNY or USD";
        }
        return null;
    }

    /** True for an ISO 4217 code. */
    public static boolean isIso(String code) {
        try {
            java.util.Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
