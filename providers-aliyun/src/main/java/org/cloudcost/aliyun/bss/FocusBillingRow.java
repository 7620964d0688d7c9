package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyDataItems;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cloudcost.aliyun.ProductCategories;
import org.cloudcost.aliyun.internal.AlibabaCloud;
import org.cloudcost.aliyun.internal.AliyunTags;
import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.io.CanonicalCsv;

/**
 * One {@code DescribeInstanceBill} line (DAILY, per billing item) as one row of the FOCUS billing
 * file ({@link CanonicalCsv#FOCUS_BILLING}, in that column order).
 *
 * <p>Amounts: BilledCost and EffectiveCost are {@code PretaxAmount} (what is payable before tax,
 * after discounts and coupons), ListCost is {@code PretaxGrossAmount}, each written as the exact
 * decimal of its {@link BssMoney} (the response's own number, not the SDK model's float).
 * Dates: {@code BillingDate} is a China-time (UTC+8) day; the charge is written as that same
 * calendar day, {@code D T00:00Z} to {@code D+1 T00:00Z}, not
 * shifted to the UTC instants of the China day (which would start at 16:00Z the day before and
 * move every charge into the previous day of a per-day frame). The billing period is the cycle's
 * month, first day 00:00Z to the next month's first day 00:00Z. Ids are written verbatim:
 * {@code InstanceID} may be a billing key such as {@code cn-shanghai;standard} (OSS, CDN), not a
 * resource.
 *
 * <pre>{@code
 * String[] row = FocusBillingRow.of(line, "1234567890", YearMonth.of(2026, 10), LocalDate.of(2026, 10, 1));
 * out.row(row);
 * }</pre>
 */
final class FocusBillingRow {

    private FocusBillingRow() {
    }

    /**
     * The FOCUS row of {@code line}.
     *
     * @param billingAccountId the account the bill belongs to ({@code Data.AccountID}); the line's
     *        {@code BillAccountID} when null
     * @param cycle the billing cycle pulled
     * @param requestedDay the day asked for, used when the line carries no {@code BillingDate}
     * @throws CloudcostException when {@code BillingDate} is not a date
     */
    static String[] of(BillLine line, String billingAccountId, YearMonth cycle, LocalDate requestedDay) {
        DescribeInstanceBillResponseBodyDataItems item = line.item();
        LocalDate day = chargeDay(item.getBillingDate(), requestedDay);
        String pretax = line.pretaxAmount().value().toPlainString();
        Map<String, String> cells = new HashMap<>();
        cells.put("BilledCost", pretax);
        cells.put("EffectiveCost", pretax);
        cells.put("ListCost", line.pretaxGrossAmount().value().toPlainString());
        cells.put("BillingCurrency", currency(item));
        cells.put("BillingAccountId", billingAccountId != null && !billingAccountId.isBlank() ? billingAccountId
                : text(item.getBillAccountID()));
        cells.put("SubAccountId", text(item.getOwnerID()));
        cells.put("BillingPeriodStart", utcMidnight(cycle.atDay(1)));
        cells.put("BillingPeriodEnd", utcMidnight(cycle.plusMonths(1).atDay(1)));
        cells.put("ChargePeriodStart", utcMidnight(day));
        cells.put("ChargePeriodEnd", utcMidnight(day.plusDays(1)));
        cells.put("ChargeCategory", BssChargeCategory.of(item, line.pretaxAmount().value()));
        cells.put("ServiceCategory", ProductCategories.of(item.getProductCode()));
        cells.put("ServiceName", isBlank(item.getProductName()) ? text(item.getProductCode()) : item.getProductName());
        cells.put("ProviderName", AlibabaCloud.PROVIDER_NAME);
        cells.put("RegionId", text(item.getRegion()));
        cells.put("ResourceId", text(item.getInstanceID()));
        cells.put("ResourceType", isBlank(item.getProductType()) ? text(item.getProductDetail()) : item.getProductType());
        cells.put("SkuId", text(item.getInstanceSpec()));
        cells.put("PricingQuantity", quantity(item.getUsage()));
        cells.put("PricingUnit", text(item.getUsageUnit()));
        cells.put("Tags", AliyunTags.json(item.getTag()));
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

    /** The currency of the line, upper case; CNY when it names none. */
    static String currency(DescribeInstanceBillResponseBodyDataItems item) {
        return AlibabaCloud.currency(item.getCurrency());
    }

    private static LocalDate chargeDay(String billingDate, LocalDate requestedDay) {
        if (isBlank(billingDate)) {
            return requestedDay;
        }
        String d = billingDate.strip();
        try {
            return LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
        } catch (DateTimeParseException e) {
            throw new CloudcostException("Alibaba Cloud DescribeInstanceBill returned the BillingDate '" + billingDate
                    + "' for " + requestedDay + ", expected YYYY-MM-DD", e);
        }
    }

    /** {@code Usage} is a string in the API: a decimal, or blank; anything else is left blank (it is no quantity). */
    private static String quantity(String usage) {
        if (isBlank(usage)) {
            return "";
        }
        try {
            return new BigDecimal(usage.strip()).toPlainString();
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static String utcMidnight(LocalDate day) {
        return day + "T00:00:00Z";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
