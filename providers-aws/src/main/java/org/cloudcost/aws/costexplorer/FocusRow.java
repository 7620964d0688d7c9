package org.cloudcost.aws.costexplorer;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cloudcost.aws.internal.AmazonWebServices;
import org.cloudcost.aws.internal.CanonicalCells;
import org.cloudcost.aws.internal.ResourceTypes;
import org.cloudcost.core.io.CanonicalCsv;

/**
 * One {@link CostLine} as one row of the FOCUS billing file ({@link CanonicalCsv#FOCUS_BILLING}, in
 * that column order): BilledCost is {@code UnblendedCost}, EffectiveCost {@code AmortizedCost};
 * ListCost is left empty (Cost Explorer has no list-price metric); the charge period is the
 * line's UTC day, the billing period the month; a line without a unit (a zero amount) takes the
 * month's currency. SubAccountId is the linked account;
 * BillingAccountId is left empty, as Cost Explorer does not name the payer account.
 * ResourceType is told from the resource id ({@link ResourceTypes}), as for a CUR line. RegionId,
 * SkuId and PricingQuantity are empty: a service-day group spans regions, SKUs and units. Tags
 * are a JSON object, which starts with {@code &#123;}, so no tag text can become a spreadsheet
 * formula.
 *
 * <pre>{@code
 * out.row(FocusRow.of(line, YearMonth.of(2026, 10), "USD"));
 * }</pre>
 */
final class FocusRow {
    private FocusRow() {
    }

    static String[] of(CostLine line, YearMonth month, String currency) {
        Map<String, String> cells = new HashMap<>();
        cells.put("BilledCost", line.unblended().toPlainString());
        cells.put("EffectiveCost", line.amortized().toPlainString());
        cells.put("ListCost", "");
        cells.put("BillingCurrency", line.currency().isEmpty() ? currency : line.currency());
        cells.put("BillingAccountId", "");
        cells.put("SubAccountId", line.account());
        cells.put("BillingPeriodStart", CanonicalCells.utcMidnight(month.atDay(1)));
        cells.put("BillingPeriodEnd", CanonicalCells.utcMidnight(month.plusMonths(1).atDay(1)));
        cells.put("ChargePeriodStart", CanonicalCells.utcMidnight(line.day()));
        cells.put("ChargePeriodEnd", CanonicalCells.utcMidnight(line.day().plusDays(1)));
        cells.put("ChargeCategory", ChargeCategories.of(line.service(), line.unblended()));
        cells.put("ServiceCategory", ServiceCategories.ofResource(line.service(), line.resourceId()));
        cells.put("ServiceName", line.service());
        cells.put("ProviderName", AmazonWebServices.PROVIDER_NAME);
        cells.put("RegionId", "");
        cells.put("ResourceId", line.resourceId());
        cells.put("ResourceType", line.resourceId().isEmpty() ? ""
                : ResourceTypes.ofId(line.resourceId(), ServiceCategories.productCode(line.service())));
        cells.put("SkuId", "");
        cells.put("PricingQuantity", "");
        cells.put("PricingUnit", "");
        cells.put("Tags", CanonicalCells.tags(new TreeMap<>(line.tags())));
        List<String> columns = CanonicalCsv.FOCUS_BILLING;
        String[] row = new String[columns.size()];
        for (int i = 0; i < row.length; i++) {
            if (!cells.containsKey(columns.get(i))) {
                throw new IllegalStateException("no mapping for the FOCUS column " + columns.get(i));
            }
            row[i] = cells.get(columns.get(i));
        }
        return row;
    }
}
