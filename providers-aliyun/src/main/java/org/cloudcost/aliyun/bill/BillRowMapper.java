package org.cloudcost.aliyun.bill;

import static org.cloudcost.aliyun.bill.BillColumn.*;

import java.util.HashMap;
import java.util.Map;

import org.cloudcost.aliyun.ProductCategories;
import org.cloudcost.aliyun.internal.AlibabaCloud;
import org.cloudcost.core.InputException;
import org.cloudcost.core.format.BillingLine;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.format.CsvRow;

/**
 * Maps the records of an Alibaba Cloud bill-detail export onto billing lines; the mapping, column
 * by column, is in {@code docs/aliyun-bill.md}. Text in a record that is not text in the file's
 * encoding (a file that changes encoding after its first bytes) is an error at that field.
 */
final class BillRowMapper implements BillingRowMapper {

    private final int pretaxAmount;
    private final int grossAmount;
    private final int billingCycle;
    private final int consumeTime;
    private final int startTime;
    private final int accountId;
    private final int accountName;
    private final int ownerId;
    private final int ownerName;
    private final int productCode;
    private final int productName;
    private final int billType;
    private final int instanceId;
    private final int instanceTag;
    private final int instanceSpec;
    private final int region;
    private final int usage;
    private final int usageUnit;
    private final int currency;
    private final String language;

    private final BillDates dates = new BillDates();
    private final BillTags tags = new BillTags();
    private final BillChargeCategories chargeCategories = new BillChargeCategories();
    private final Map<String, String> serviceCategories = new HashMap<>();
    private final Map<String, String> currencies = new HashMap<>();

    /**
     * Resolves the columns of {@code header}.
     *
     * @throws InputException when 应付金额, 产品Code or every date column is missing
     */
    BillRowMapper(CsvHeader header) {
        pretaxAmount = PRETAX_AMOUNT.requireIn(header);
        productCode = PRODUCT_CODE.requireIn(header);
        billingCycle = BILLING_CYCLE.indexIn(header);
        consumeTime = CONSUME_TIME.indexIn(header);
        startTime = START_TIME.indexIn(header);
        if (billingCycle < 0 && consumeTime < 0 && startTime < 0) {
            throw new InputException(header.file(), 1, 0, null, "missing the date of the charges: expected a column "
                    + "消费时间 (Consume Time), 账单开始时间 (Usage Start Time) or 账期 (Billing Cycle); the header has "
                    + header.size() + " columns");
        }
        grossAmount = GROSS_AMOUNT.indexIn(header);
        accountId = ACCOUNT_ID.indexIn(header);
        accountName = ACCOUNT_NAME.indexIn(header);
        ownerId = OWNER_ID.indexIn(header);
        ownerName = OWNER_NAME.indexIn(header);
        productName = PRODUCT_NAME.indexIn(header);
        billType = BILL_TYPE.indexIn(header);
        instanceId = INSTANCE_ID.indexIn(header);
        instanceTag = INSTANCE_TAG.indexIn(header);
        instanceSpec = INSTANCE_SPEC.indexIn(header);
        region = REGION.indexIn(header);
        usage = USAGE.indexIn(header);
        usageUnit = USAGE_UNIT.indexIn(header);
        currency = CURRENCY.indexIn(header);
        language = header.name(pretaxAmount).equals("应付金额") ? "zh" : "en";
    }

    /** {@code zh} for the Chinese header, {@code en} for an English one, shown in the read report. */
    @Override
    public String version() {
        return language;
    }

    @Override
    public int billedCostColumn() {
        return pretaxAmount;
    }

    @Override
    public void map(CsvRow row, BillingLine line) {
        double billed = row.decimal(pretaxAmount);
        String code = text(row, productCode);
        String name = text(row, productName);
        line.provider(AlibabaCloud.PROVIDER_NAME)
                .billingAccount(firstPresent(row, accountId, accountName))
                .subAccount(firstPresent(row, ownerId, ownerName))
                .currency(currency(row))
                .chargeCategory(chargeCategories.of(text(row, billType), billed))
                .serviceCategory(serviceCategories.computeIfAbsent(code, ProductCategories::of))
                .serviceName(name.isEmpty() ? code : name)
                .resourceId(text(row, instanceId))
                .sku(text(row, instanceSpec))
                .region(text(row, region))
                .pricingUnit(text(row, usageUnit))
                .chargeDay(chargeDay(row))
                .billedCost(billed)
                .effectiveCost(billed)
                .listCost(grossAmount < 0 ? 0 : row.decimalOr(grossAmount, 0))
                .pricingQuantity(usage < 0 ? 0 : row.decimalOr(usage, 0));
        if (billingCycle >= 0 && !row.isAbsent(billingCycle)) {
            line.billingPeriodStartDay(dates.monthStart(row, billingCycle));
        }
        if (instanceTag >= 0 && !row.isAbsent(instanceTag)) {
            String[] pairs = tags.pairs(text(row, instanceTag));
            for (int i = 0; i < pairs.length; i += 2) {
                line.tag(pairs[i], pairs[i + 1]);
            }
        }
    }

    /** 消费时间, else 账单开始时间, else the first day of 账期. */
    private int chargeDay(CsvRow row) {
        if (consumeTime >= 0 && !row.isAbsent(consumeTime)) {
            return dates.day(row, consumeTime);
        }
        if (startTime >= 0 && !row.isAbsent(startTime)) {
            return dates.day(row, startTime);
        }
        if (billingCycle >= 0 && !row.isAbsent(billingCycle)) {
            return dates.monthStart(row, billingCycle);
        }
        int shown = consumeTime >= 0 ? consumeTime : startTime >= 0 ? startTime : billingCycle;
        throw row.error(shown, "expected the date of the charge (消费时间, 账单开始时间 or 账期), found empty values");
    }

    private String currency(CsvRow row) {
        if (currency < 0 || row.isAbsent(currency)) {
            return AlibabaCloud.DEFAULT_CURRENCY;
        }
        return currencies.computeIfAbsent(text(row, currency), AlibabaCloud::currency);
    }

    private static String firstPresent(CsvRow row, int column, int fallback) {
        String v = text(row, column);
        return v.isEmpty() ? text(row, fallback) : v;
    }

    /** The field's text, "" for a column the header lacks; an error for bytes the encoding could not read. */
    private static String text(CsvRow row, int column) {
        if (column < 0) {
            return "";
        }
        String v = row.text(column);
        if (v.indexOf(BillHeaders.REPLACEMENT) >= 0) {
            throw row.error(column, "holds bytes that are not text in the file's encoding (UTF-8 or GBK, recognised from"
                    + " the start of the file): is the file a mix of encodings? Save it again as UTF-8 CSV");
        }
        return v;
    }
}
