package org.cloudcost.core.internal.catalog;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.InputException;
import org.cloudcost.core.internal.config.ConfigNode;
import org.cloudcost.core.internal.config.ConfigValues;

/**
 * Value checks shared by the parts of a price catalog: text, exact decimals, currency codes and
 * dates. Each one fails with the node's position and key path in one line.
 */
final class CatalogValues {
    /** {@code 2026-11-22}, {@code 2021-05} or {@code 2021}: as precise as the source says. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private CatalogValues() {
    }

    /** The field {@code key} of the map {@code parent}, or a "missing" error at the map. */
    static ConfigNode required(ConfigNode parent, String key, String hint) {
        return parent.field(key).orElseThrow(() -> {
            String problem = "missing " + key + " (" + hint + ")";
            return parent.path().isEmpty() ? parent.error(problem) : parent.keyError(problem);
        });
    }

    /** Text that is not blank and has no spaces at its ends. */
    static String text(ConfigNode node, String expected) {
        if (!node.json().isTextual() || node.text().isBlank()) {
            throw node.expected(expected);
        }
        String text = node.text();
        if (!text.strip().equals(text)) {
            throw node.error(ConfigNode.quote(text) + " has spaces at its start or end; write " + ConfigNode.quote(text.strip()));
        }
        return text;
    }

    /** Like {@link #text} but nothing ({@code note:}) is allowed and gives {@code ""}. */
    static String optionalText(ConfigNode node, String expected) {
        return node.isEmpty() ? "" : text(node, expected);
    }

    /** A number of zero or more, exactly as written; {@code unit} (may be empty) is named in the message. */
    static BigDecimal nonNegative(ConfigNode node, String unit) {
        return ConfigValues.nonNegativeDecimal(node, unit);
    }

    /** A number greater than zero. */
    static BigDecimal positive(ConfigNode node, String what) {
        String expected = "a number greater than 0 (" + what + ")";
        BigDecimal value = ConfigValues.decimal(node, expected);
        if (value.signum() <= 0) {
            throw node.expected(expected);
        }
        return value;
    }

    /** An upper-case ISO 4217 code. */
    static String currency(ConfigNode node) {
        if (!node.json().isTextual() || node.isEmpty()) {
            throw node.expected(ConfigValues.CURRENCY_EXPECTED);
        }
        String code = node.text();
        String problem = ConfigValues.currencyProblem(code);
        if (problem != null) {
            throw node.error(problem);
        }
        return code;
    }

    /** When a figure was read or published: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, a real date. */
    static String date(ConfigNode node) {
        String expected = "a date written YYYY-MM-DD (or YYYY-MM, YYYY when the source is no more precise)";
        if (!node.isScalar() || node.json().isBoolean()) {
            throw node.expected(expected);
        }
        Matcher m = DATE.matcher(node.text());
        if (!m.matches()) {
            throw node.expected(expected);
        }
        try {
            if (m.group(3) != null) {
                LocalDate.parse(node.text());
            } else if (m.group(2) != null) {
                YearMonth.parse(node.text());
            }
        } catch (DateTimeException e) {
            throw node.error(ConfigNode.quote(node.text()) + " is not a date in the calendar; expected " + expected);
        }
        return node.text();
    }

    /** An error about a whole catalog that has no position (a missing resource, too many bytes). */
    static InputException fileError(String file, String problem) {
        return new InputException(file, 0, 0, null, problem);
    }
}
