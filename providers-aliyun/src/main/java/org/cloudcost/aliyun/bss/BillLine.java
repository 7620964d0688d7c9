package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyDataItems;
import java.util.Objects;

/**
 * One {@code DescribeInstanceBill} line: the SDK's model of the item, and its two amounts the
 * FOCUS file writes as exact decimals ({@link BssMoney}), since the model holds them as floats.
 *
 * <pre>{@code
 * BillLine line = BillLine.ofModel(item);   // amounts from the model's floats
 * line.pretaxAmount().value();              // BilledCost
 * }</pre>
 *
 * @param item the line as the SDK models it (every other field is read from here)
 * @param pretaxAmount {@code PretaxAmount}: payable before tax, after discounts and coupons
 * @param pretaxGrossAmount {@code PretaxGrossAmount}: at list price
 */
public record BillLine(DescribeInstanceBillResponseBodyDataItems item, BssMoney pretaxAmount, BssMoney pretaxGrossAmount) {
    public BillLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(pretaxAmount, "pretaxAmount");
        Objects.requireNonNull(pretaxGrossAmount, "pretaxGrossAmount");
    }

    /** The line with the amounts of the model's float fields (a fake, or a response seen only through the model). */
    public static BillLine ofModel(DescribeInstanceBillResponseBodyDataItems item) {
        return new BillLine(item, BssMoney.ofFloat(item.getPretaxAmount()), BssMoney.ofFloat(item.getPretaxGrossAmount()));
    }
}
