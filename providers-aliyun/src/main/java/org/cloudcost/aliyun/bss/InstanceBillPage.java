package org.cloudcost.aliyun.bss;

import com.aliyun.bssopenapi20171214.models.DescribeInstanceBillResponseBody.DescribeInstanceBillResponseBodyDataItems;
import java.util.List;

/**
 * One page of {@code DescribeInstanceBill}: the items as the SDK models them, the account the
 * bill belongs to ({@code Data.AccountID}) and the token of the next page.
 *
 * <pre>{@code
 * InstanceBillPage page = api.describeInstanceBill("2026-10", "2026-10-01", null, 300);
 * page.items().forEach(i -> System.out.println(i.getInstanceID() + " " + i.getPretaxAmount()));
 * if (page.hasNext()) { ... page.nextToken() ... }
 * }</pre>
 *
 * @param accountId {@code Data.AccountID}, the account whose bill this is (the payer); may be null
 * @param items the lines of this page, never null
 * @param nextToken {@code Data.NextToken}; null or blank on the last page
 */
public record InstanceBillPage(String accountId, List<DescribeInstanceBillResponseBodyDataItems> items, String nextToken) {

    /** Copies the items (a null list is an empty page). */
    public InstanceBillPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** True when another page follows. */
    public boolean hasNext() {
        return nextToken != null && !nextToken.isBlank();
    }
}
