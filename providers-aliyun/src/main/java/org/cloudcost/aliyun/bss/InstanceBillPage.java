package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyDataItems;
import java.util.List;

/**
 * One page of {@code DescribeInstanceBill}: its lines (the SDK's item models with exact amounts),
 * the account the bill belongs to ({@code Data.AccountID}) and the token of the next page.
 *
 * <pre>{@code
 * InstanceBillPage page = api.describeInstanceBill("2026-10", "2026-10-01", null, 300);
 * page.lines().forEach(l -> System.out.println(l.item().getInstanceID() + " " + l.pretaxAmount().value()));
 * if (page.hasNext()) { ... page.nextToken() ... }
 * }</pre>
 *
 * @param accountId {@code Data.AccountID}, the account whose bill this is (the payer); may be null
 * @param lines the lines of this page, never null
 * @param nextToken {@code Data.NextToken}; null or blank on the last page
 */
public record InstanceBillPage(String accountId, List<BillLine> lines, String nextToken) {

    /** Copies the lines (a null list is an empty page). */
    public InstanceBillPage {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A page whose amounts are the models' floats (see {@link BillLine#ofModel}). */
    public static InstanceBillPage ofModels(String accountId, List<DescribeInstanceBillResponseBodyDataItems> items,
                                            String nextToken) {
        return new InstanceBillPage(accountId, items == null ? List.of() : items.stream().map(BillLine::ofModel).toList(),
                nextToken);
    }

    /** The SDK models of the lines. */
    public List<DescribeInstanceBillResponseBodyDataItems> items() {
        return lines.stream().map(BillLine::item).toList();
    }

    /** True when another page follows. */
    public boolean hasNext() {
        return nextToken != null && !nextToken.isBlank();
    }
}
