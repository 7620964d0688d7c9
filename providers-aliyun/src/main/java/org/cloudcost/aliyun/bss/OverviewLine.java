package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.models.QueryBillOverviewResponseBody.QueryBillOverviewResponseBodyDataItemsItem;
import java.util.Objects;

/**
 * One {@code QueryBillOverview} item (a product and billing method's month) with its
 * {@code PretaxAmount} as an exact decimal: product totals of a month run to hundreds of
 * thousands, where the model's float has lost the cents.
 *
 * <pre>{@code
 * OverviewLine line = OverviewLine.ofModel(item);
 * line.pretaxAmount().value();
 * }</pre>
 */
public record OverviewLine(QueryBillOverviewResponseBodyDataItemsItem item, BssMoney pretaxAmount) {
    public OverviewLine {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(pretaxAmount, "pretaxAmount");
    }

    /** The item with the amount of the model's float field. */
    public static OverviewLine ofModel(QueryBillOverviewResponseBodyDataItemsItem item) {
        return new OverviewLine(item, BssMoney.ofFloat(item.getPretaxAmount()));
    }
}
