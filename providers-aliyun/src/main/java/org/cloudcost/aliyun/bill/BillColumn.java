package org.cloudcost.aliyun.bill;

import java.util.List;

import org.cloudcost.core.format.CsvHeader;

/**
 * The columns of an Alibaba Cloud bill-detail export that cloudcost reads, each with the names it
 * goes by: the legacy Chinese header, the English console labels and the field names of the
 * bill-subscription file. Names match without regard to case; the first one a header has wins.
 * The mapping onto the billing frame is documented in {@code docs/aliyun-bill.md}.
 */
enum BillColumn {
    /** 账期: the billing month, {@code 2026-10}. */
    BILLING_CYCLE("账期", "Billing Cycle", "BillingCycle"),
    /** 账号ID: the ID of the account that settles the bill. */
    ACCOUNT_ID("账号ID", "Account ID", "AccountID"),
    /** 账号: the name of the account that settles the bill. */
    ACCOUNT_NAME("账号", "Account Name", "AccountName"),
    /** The ID of the account that owns the resource (bill-subscription files only). */
    OWNER_ID("Owner ID", "OwnerID"),
    /** Owner账号: the name of the account that owns the resource. */
    OWNER_NAME("Owner账号", "Owner Account Name", "OwnerAccountName"),
    /** 产品Code: the product code, {@code ecs}, {@code oss}. */
    PRODUCT_CODE("产品Code", "Product Code", "ProductCode"),
    /** 产品: the product's name. */
    PRODUCT_NAME("产品", "Product Name", "ProductName"),
    /** 消费时间: when the charge was incurred, China time. */
    CONSUME_TIME("消费时间", "Consume Time", "PaymentTime"),
    /** 账单开始时间: the start of the charge's period, China time; the day when 消费时间 is blank. */
    START_TIME("账单开始时间", "Usage Start Time", "UsageStartTime"),
    /** 账单类型: order, pay-as-you-go bill, refund or adjustment. */
    BILL_TYPE("账单类型", "Item"),
    /** 实例ID: the instance, or a billing key such as {@code cn-shanghai;standard}. */
    INSTANCE_ID("实例ID", "Instance ID", "InstanceID"),
    /** 实例标签: {@code k:v;k:v} or {@code key:k value:v; key:k2 value:v2}. */
    INSTANCE_TAG("实例标签", "Instance Tag", "Tag"),
    /** 实例规格: the instance type, {@code ecs.g7.xlarge}. */
    INSTANCE_SPEC("实例规格", "Instance Spec", "InstanceSpec"),
    /** 地域: the region. */
    REGION("地域", "Region"),
    /** 用量: the billed quantity. */
    USAGE("用量", "Usage"),
    /** 用量单位: the unit of 用量. */
    USAGE_UNIT("用量单位", "Usage Unit", "UsageUnit"),
    /** 原价: the amount at list price. */
    GROSS_AMOUNT("原价", "Pretax Gross Amount", "PretaxGrossAmount"),
    /** 应付金额: the amount payable, after discounts and coupons. */
    PRETAX_AMOUNT("应付金额", "Pretax Amount", "PretaxAmount"),
    /** 币种: the currency (absent from the legacy Chinese export, which is CNY). */
    CURRENCY("币种", "Currency");

    private final List<String> names;

    BillColumn(String... names) {
        this.names = List.of(names);
    }

    /** The names this column goes by: the Chinese header name first (none for {@link #OWNER_ID}). */
    List<String> names() {
        return names;
    }

    /** The index of this column in {@code header}, or -1. */
    int indexIn(CsvHeader header) {
        return header.indexOf(names.toArray(String[]::new));
    }

    /**
     * The index of this mandatory column.
     *
     * @throws org.cloudcost.core.InputException naming the file and the missing column
     */
    int requireIn(CsvHeader header) {
        return header.require(names.toArray(String[]::new));
    }
}
