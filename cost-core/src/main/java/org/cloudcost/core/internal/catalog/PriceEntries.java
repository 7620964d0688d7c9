package org.cloudcost.core.internal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.internal.config.ConfigNode;
import org.cloudcost.core.internal.config.ConfigValues;

/**
 * The {@code prices} section of a catalog: key → {@code {value | tiers, unit, source, read, note}}.
 * A flat price has {@code value}; a tiered one has {@code tiers}, marginal unit prices each up to
 * a cumulative quantity, ascending, the last of which may leave out {@code upTo} ("and above").
 */
final class PriceEntries {
    static final List<String> PRICE_KEYS = List.of("value", "tiers", "unit", "source", "read", "note");
    static final List<String> TIER_KEYS = List.of("upTo", "value");
    /** Dot-separated names: {@code storage.GLACIER_IR.gbMonth}, {@code cdn.traffic.gb}. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");
    /** A currency code inside a unit: {@code CNY/GB-month}. */
    private static final Pattern CODE_IN_UNIT = Pattern.compile("(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])");
    private static final String PRICE_EXAMPLE =
            "e.g. {value: 0.12, unit: CNY/GB-month, source: https://..., read: 2026-11-22}";

    private PriceEntries() {
    }

    /** Reads the section; {@code currency} is the catalog's, which units must not contradict. */
    static Map<String, Price> read(ConfigNode section, String currency) {
        List<ConfigNode> entries = section.entries("a map of price key to price, " + PRICE_EXAMPLE);
        if (entries.isEmpty()) {
            throw section.error("expected at least one price, e.g. storage.Standard.gbMonth: " + PRICE_EXAMPLE.substring(5));
        }
        Map<String, Price> prices = new LinkedHashMap<>();
        for (ConfigNode entry : entries) {
            Price price = price(entry, currency);
            prices.put(price.key(), price);
        }
        return prices;
    }

    private static Price price(ConfigNode entry, String currency) {
        String key = entry.key();
        if (!KEY.matcher(key).matches()) {
            throw entry.keyError("price key " + ConfigNode.quote(key)
                    + " must be dot-separated names of letters, digits, _ or -, such as storage.Standard.gbMonth");
        }
        if (!entry.json().isObject()) {
            throw entry.expected("a price: a map with value (or tiers), unit, source and read, " + PRICE_EXAMPLE);
        }
        entry.requireKnownKeys(PRICE_KEYS);
        Optional<ConfigNode> valueNode = entry.field("value");
        Optional<ConfigNode> tiersNode = entry.field("tiers");
        if (valueNode.isPresent() && tiersNode.isPresent()) {
            throw tiersNode.get().keyError("a price has value or tiers, not both: value for a flat price, tiers for a tiered one");
        }
        if (valueNode.isEmpty() && tiersNode.isEmpty()) {
            throw entry.keyError("missing value (or tiers for a tiered price); " + PRICE_EXAMPLE);
        }
        String unit = CatalogValues.text(CatalogValues.required(entry, "unit", "what the price is per, e.g. unit: CNY/GB-month"),
                "a unit such as CNY/GB-month, USD/h or share");
        ConfigNode unitNode = entry.field("unit").orElseThrow();
        checkUnitCurrency(unitNode, unit, currency);
        String source = CatalogValues.text(CatalogValues.required(entry, "source", "where the figure was read, a URL or document"),
                "where the figure was read, a URL or document");
        String read = CatalogValues.date(CatalogValues.required(entry, "read", "when it was read or published, e.g. read: 2026-11-22"));
        String note = entry.field("note").map(n -> CatalogValues.optionalText(n, "a note in words")).orElse("");

        List<Price.Tier> tiers = tiersNode.map(n -> tiers(n, unit)).orElse(List.of());
        BigDecimal value = valueNode.isPresent() ? CatalogValues.nonNegative(valueNode.get(), unit) : tiers.get(0).value();
        if (unit.equalsIgnoreCase("share")) {
            ConfigNode at = valueNode.orElseGet(tiersNode::orElseThrow);
            if (value.compareTo(BigDecimal.ONE) > 0 || tiers.stream().anyMatch(t -> t.value().compareTo(BigDecimal.ONE) > 0)) {
                throw at.expected("a share from 0 to 1");
            }
        }
        return new Price(key, value, unit, source, read, note, tiers);
    }

    /** A unit naming a currency must name the catalog's: a USD catalog cannot hold a CNY/GB price. */
    private static void checkUnitCurrency(ConfigNode unitNode, String unit, String currency) {
        Matcher m = CODE_IN_UNIT.matcher(unit);
        while (m.find()) {
            String code = m.group();
            if (!code.equals(currency) && ConfigValues.isIso(code)) {
                throw unitNode.error("unit " + ConfigNode.quote(unit) + " is in " + code + " but the catalog's currency is "
                        + currency + "; every price of a catalog is in its currency");
            }
        }
    }

    private static List<Price.Tier> tiers(ConfigNode node, String unit) {
        List<ConfigNode> elements = node.elements("a list of tiers, e.g. [{upTo: 10240, value: 0.24}, {value: 0.23}]");
        if (elements.isEmpty()) {
            throw node.error("expected at least one tier, e.g. [{upTo: 10240, value: 0.24}, {value: 0.23}]");
        }
        List<Price.Tier> tiers = new ArrayList<>();
        BigDecimal previous = null;
        for (int i = 0; i < elements.size(); i++) {
            ConfigNode tier = elements.get(i);
            if (!tier.json().isObject()) {
                throw tier.expected("a tier: {upTo: <cumulative quantity>, value: <unit price>}, the last may leave out upTo");
            }
            tier.requireKnownKeys(TIER_KEYS);
            BigDecimal value = CatalogValues.nonNegative(
                    CatalogValues.required(tier, "value", "the unit price in this tier, e.g. {upTo: 10240, value: 0.24}"), unit);
            Optional<ConfigNode> upToNode = tier.field("upTo");
            BigDecimal upTo = null;
            if (upToNode.isEmpty()) {
                if (i < elements.size() - 1) {
                    throw tier.error("only the last tier may leave out upTo (it prices everything above the tier before);"
                            + " give this tier an upTo or move it to the end");
                }
            } else {
                ConfigNode at = upToNode.get();
                upTo = CatalogValues.positive(at, "the cumulative quantity this tier goes up to");
                if (previous != null && upTo.compareTo(previous) <= 0) {
                    throw at.error("tiers go in ascending order: upTo " + at.text() + " is not above the previous tier's upTo "
                            + previous.toPlainString());
                }
                previous = upTo;
            }
            tiers.add(new Price.Tier(upTo, value));
        }
        return tiers;
    }
}
