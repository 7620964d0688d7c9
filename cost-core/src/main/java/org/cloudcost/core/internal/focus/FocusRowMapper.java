package org.cloudcost.core.internal.focus;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cloudcost.core.format.BillingLine;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.format.CsvRow;

import static org.cloudcost.core.internal.focus.FocusColumns.*;

/**
 * Maps FOCUS records onto billing lines. Follows the spec where files do (UTC timestamps,
 * the five charge categories) and accepts how real files break it: {@code NULL} literals,
 * timestamps without {@code T} or {@code Z}, enum values in any case, extra columns.
 */
final class FocusRowMapper implements BillingRowMapper {
    private final int billed;
    private final int list;
    private final int effective;
    private final int quantity;
    private final int unit;
    private final int currency;
    private final int account;
    private final int subAccount;
    private final int periodStart;
    private final int chargeStart;
    private final int chargeCategory;
    private final int serviceCategory;
    private final int serviceName;
    private final int provider;
    private final int region;
    private final int resourceId;
    private final int resourceType;
    private final int sku;
    private final int tags;
    private final FocusTags tagParser = new FocusTags();
    /** Spellings per distinct input value (the inputs are deduplicated strings, few per file). */
    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, String> chargeCategories = new HashMap<>();
    private final Map<String, String> serviceCategories = new HashMap<>();
    private final String version;

    FocusRowMapper(CsvHeader h) {
        version = FocusBillingFormat.version(h);
        billed = h.require(BILLED_COST);
        chargeStart = h.require(CHARGE_PERIOD_START);
        chargeCategory = h.require(CHARGE_CATEGORY);
        currency = h.require(BILLING_CURRENCY);
        serviceName = h.require(SERVICE_NAME);
        serviceCategory = h.require(SERVICE_CATEGORY);
        list = h.indexOf(LIST_COST);
        effective = h.indexOf(EFFECTIVE_COST);
        quantity = h.indexOf(PRICING_QUANTITY);
        unit = h.indexOf(PRICING_UNIT);
        account = h.indexOf(BILLING_ACCOUNT_ID);
        subAccount = h.indexOf(SUB_ACCOUNT_ID);
        periodStart = h.indexOf(BILLING_PERIOD_START);
        provider = h.indexOf(SERVICE_PROVIDER_NAME, PROVIDER_NAME);
        region = h.indexOf(REGION_ID);
        resourceId = h.indexOf(RESOURCE_ID);
        resourceType = h.indexOf(RESOURCE_TYPE);
        sku = h.indexOf(SKU_ID);
        tags = h.indexOf(TAGS);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public int billedCostColumn() {
        return billed;
    }

    /**
     * BilledCost, ListCost, EffectiveCost and PricingQuantity: each is copied onto the line and
     * never compared; the only decision on them is EffectiveCost's absence (then BilledCost),
     * which a grouping reader keeps apart.
     */
    @Override
    public int[] additiveColumns() {
        return java.util.stream.IntStream.of(billed, list, effective, quantity).filter(c -> c >= 0).toArray();
    }

    /** ChargePeriodStart and BillingPeriodStart are read as UTC days only (and for absence). */
    @Override
    public Map<Integer, ZoneOffset> dayColumns() {
        return periodStart < 0 ? Map.of(chargeStart, ZoneOffset.UTC)
                : Map.of(chargeStart, ZoneOffset.UTC, periodStart, ZoneOffset.UTC);
    }

    @Override
    public void map(CsvRow row, BillingLine line) {
        if (row.isAbsent(currency)) {
            throw row.error(currency, "expected an ISO 4217 currency code (e.g. USD, CNY), found an empty value");
        }
        line.currency(currencies.computeIfAbsent(row.text(currency), c -> c.trim().toUpperCase(Locale.ROOT)))
                .chargeCategory(chargeCategories.computeIfAbsent(row.text(chargeCategory), FocusEnums::chargeCategory))
                .serviceCategory(serviceCategories.computeIfAbsent(row.text(serviceCategory), FocusEnums::serviceCategory))
                .serviceName(row.text(serviceName))
                .chargeDay(row.epochDay(chargeStart, ZoneOffset.UTC))
                .billedCost(row.decimal(billed));
        if (periodStart >= 0 && !row.isAbsent(periodStart)) {
            line.billingPeriodStartDay(row.epochDay(periodStart, ZoneOffset.UTC));
        }
        if (list >= 0) {
            line.listCost(row.decimalOr(list, 0));
        }
        if (effective >= 0 && !row.isAbsent(effective)) {
            line.effectiveCost(row.decimal(effective));
        }
        if (quantity >= 0) {
            line.pricingQuantity(row.decimalOr(quantity, 0));
        }
        line.pricingUnit(text(row, unit))
                .billingAccount(text(row, account))
                .subAccount(text(row, subAccount))
                .provider(text(row, provider))
                .region(text(row, region))
                .resourceId(text(row, resourceId))
                .resourceType(text(row, resourceType))
                .sku(text(row, sku));
        if (tags >= 0 && !row.isAbsent(tags)) {
            tagParser.apply(row, tags, line);
        }
    }

    private static String text(CsvRow row, int column) {
        return column < 0 ? "" : row.text(column);
    }
}
