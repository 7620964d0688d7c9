package org.cloudcost.aws.cur.internal;

import static org.cloudcost.aws.cur.internal.CurColumn.*;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cloudcost.aws.cur.AwsServiceCategories;
import org.cloudcost.aws.internal.ResourceTypes;
import org.cloudcost.core.format.BillingLine;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.format.CsvRow;

/**
 * Maps the line items of a Cost and Usage Report, legacy or 2.0, onto billing lines, one record
 * at a time; the mapping, column by column, is in {@code docs/aws-cur.md}. Mandatory columns:
 * line item type, usage start date, unblended cost and currency; every other column is read when
 * the report has it, so months whose column sets differ are read alike.
 *
 * <pre>{@code
 * BillingRowMapper mapper = new CurRowMapper(header, CurDialect.LEGACY);
 * }</pre>
 */
public final class CurRowMapper implements BillingRowMapper {
    /** FOCUS ProviderName of every line. */
    public static final String PROVIDER = "AWS";
    private static final int MAX_CACHED = 100_000;

    private final int lineItemType;
    private final int usageStart;
    private final int unblended;
    private final int currency;
    private final int periodStart;
    private final int payer;
    private final int usageAccount;
    private final int productCode;
    private final int productName;
    private final int productFamily;
    private final int instanceType;
    private final int regionCode;
    private final int region;
    private final int resourceId;
    private final int usageAmount;
    private final int pricingUnit;
    private final int publicOnDemandCost;

    private final EffectiveCosts effectiveCosts;
    private final CurTags tags;
    private final ProductAttributes.Reader products;
    private final Map<String, LineItemType> types = new HashMap<>();
    private final Map<String, String> currencies = new HashMap<>();
    private final Map<String, Map<String, String>> serviceCategories = new HashMap<>();
    /** Resource id → its ResourceType as the id tells it ("" when it does not); ids repeat on every line of a resource. */
    private final Map<String, String> resourceTypes = new HashMap<>();

    /**
     * Resolves the columns of {@code header}.
     *
     * @throws org.cloudcost.core.InputException when a mandatory column is missing
     */
    public CurRowMapper(CsvHeader header, CurDialect dialect) {
        unblended = dialect.require(header, UNBLENDED_COST);
        lineItemType = dialect.require(header, LINE_ITEM_TYPE);
        usageStart = dialect.require(header, USAGE_START_DATE);
        currency = dialect.require(header, CURRENCY_CODE);
        periodStart = dialect.indexOf(header, BILLING_PERIOD_START_DATE);
        payer = dialect.indexOf(header, PAYER_ACCOUNT_ID);
        usageAccount = dialect.indexOf(header, USAGE_ACCOUNT_ID);
        productCode = dialect.indexOf(header, PRODUCT_CODE);
        productName = dialect.indexOf(header, PRODUCT_NAME);
        productFamily = dialect.indexOf(header, PRODUCT_FAMILY);
        instanceType = dialect.indexOf(header, INSTANCE_TYPE);
        regionCode = dialect.indexOf(header, REGION_CODE);
        region = dialect.indexOf(header, REGION);
        resourceId = dialect.indexOf(header, RESOURCE_ID);
        usageAmount = dialect.indexOf(header, USAGE_AMOUNT);
        pricingUnit = dialect.indexOf(header, PRICING_UNIT);
        publicOnDemandCost = dialect.indexOf(header, PUBLIC_ON_DEMAND_COST);
        effectiveCosts = new EffectiveCosts(header, dialect);
        tags = new CurTags(header, dialect);
        products = new ProductAttributes.Reader(dialect.indexOf(header, PRODUCT));
    }

    @Override
    public int billedCostColumn() {
        return unblended;
    }

    /**
     * The unblended cost, the usage amount, the public on-demand cost and the EffectiveCost
     * rules' amount columns: each reaches the line as itself or a sum or difference of them; the
     * one decision on a value, an unknown line item type's Credit-when-negative, looks at the
     * unblended cost's sign only, which a grouping reader keeps apart with each column's absence.
     */
    @Override
    public int[] additiveColumns() {
        return java.util.stream.IntStream.concat(java.util.stream.IntStream.of(unblended, usageAmount, publicOnDemandCost),
                effectiveCosts.amountColumns()).filter(c -> c >= 0).toArray();
    }

    /** The usage start and the billing period start are read as UTC days only (and for absence). */
    @Override
    public Map<Integer, ZoneOffset> dayColumns() {
        return periodStart < 0 ? Map.of(usageStart, ZoneOffset.UTC)
                : Map.of(usageStart, ZoneOffset.UTC, periodStart, ZoneOffset.UTC);
    }

    @Override
    public void map(CsvRow row, BillingLine line) {
        LineItemType type = lineItemType(row);
        double billed = row.decimal(unblended);
        ProductAttributes product = products.of(row);
        String code = text(row, productCode);
        String family = firstOf(text(row, productFamily), product.family());
        String resource = text(row, resourceId);
        line.provider(PROVIDER)
                .billingAccount(text(row, payer))
                .subAccount(text(row, usageAccount))
                .currency(currency(row))
                .chargeCategory(type.chargeCategory(billed))
                .serviceCategory(serviceCategory(code, family))
                .serviceName(firstOf(firstOf(text(row, productName), product.name()), code))
                .region(firstOf(firstOf(text(row, regionCode), text(row, region)), product.regionCode()))
                .resourceId(resource)
                .resourceType(resourceType(resource, code, family))
                .sku(firstOf(text(row, instanceType), product.instanceType()))
                .pricingUnit(text(row, pricingUnit))
                .chargeDay(row.epochDay(usageStart, ZoneOffset.UTC))
                .billedCost(billed)
                .effectiveCost(effectiveCosts.of(row, type, billed))
                .listCost(publicOnDemandCost < 0 ? 0 : row.decimalOr(publicOnDemandCost, 0))
                .pricingQuantity(usageAmount < 0 ? 0 : row.decimalOr(usageAmount, 0));
        if (periodStart >= 0 && !row.isAbsent(periodStart)) {
            line.billingPeriodStartDay(row.epochDay(periodStart, ZoneOffset.UTC));
        }
        tags.apply(row, line);
    }

    private LineItemType lineItemType(CsvRow row) {
        if (row.isAbsent(lineItemType)) {
            throw row.error(lineItemType, "expected a line item type (Usage, DiscountedUsage, SavingsPlanCoveredUsage,"
                    + " Tax, Credit, Refund, RIFee, …), found an empty value");
        }
        return types.computeIfAbsent(row.text(lineItemType), LineItemType::of);
    }

    private String currency(CsvRow row) {
        if (row.isAbsent(currency)) {
            throw row.error(currency, "expected an ISO 4217 currency code (e.g. USD), found an empty value");
        }
        return currencies.computeIfAbsent(row.text(currency), c -> c.strip().toUpperCase(Locale.ROOT));
    }

    private String serviceCategory(String code, String family) {
        return serviceCategories.computeIfAbsent(code, c -> new HashMap<>())
                .computeIfAbsent(family, f -> AwsServiceCategories.of(code, f));
    }

    private String resourceType(String resource, String code, String family) {
        if (resource.isEmpty()) {
            return "";
        }
        String byId = resourceTypes.get(resource);
        if (byId == null) {
            byId = ResourceTypes.ofId(resource, code);
            if (resourceTypes.size() < MAX_CACHED) {
                resourceTypes.put(resource, byId);
            }
        }
        return byId.isEmpty() ? family : byId;
    }

    private static String firstOf(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static String text(CsvRow row, int column) {
        return column < 0 ? "" : row.text(column);
    }
}
