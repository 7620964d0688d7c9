package org.cloudcost.aliyun.inventory;

import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody;
import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody.DescribeEipAddressesResponseBodyEipAddressesEipAddress;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Lists one region's EIPs page by page ({@code PageNumber} from 1) and hands each as an
 * {@code ip} row ({@link EipRows}) to a sink. The listing ends at an empty page or when
 * {@code TotalCount} addresses have been read; without a {@code TotalCount}, at a page shorter
 * than the {@value VpcApi#EIPS_PER_PAGE} asked for.
 *
 * <pre>{@code
 * new EipInventory(vpc).pull("cn-hangzhou", rows::add);
 * }</pre>
 */
final class EipInventory {
    /** A bound on pages, so that an API that keeps answering full pages cannot loop for ever. */
    static final int MAX_PAGES = 10_000;

    private final VpcApi vpc;

    EipInventory(VpcApi vpc) {
        this.vpc = Objects.requireNonNull(vpc, "vpc");
    }

    void pull(String region, RowSink out) throws IOException {
        long read = 0;
        for (int pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
            DescribeEipAddressesResponseBody page = vpc.describeEipAddresses(region, pageNumber);
            List<DescribeEipAddressesResponseBodyEipAddressesEipAddress> items =
                    page.getEipAddresses() == null ? null : page.getEipAddresses().getEipAddress();
            if (items == null || items.isEmpty()) {
                return;
            }
            for (DescribeEipAddressesResponseBodyEipAddressesEipAddress e : items) {
                out.accept(EipRows.eip(region, e));
            }
            read += items.size();
            Integer total = page.getTotalCount();
            if (total != null ? read >= total : items.size() < VpcApi.EIPS_PER_PAGE) {
                return;
            }
        }
    }
}
