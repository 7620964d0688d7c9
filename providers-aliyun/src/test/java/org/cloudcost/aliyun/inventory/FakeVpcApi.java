package org.cloudcost.aliyun.inventory;

import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A hand-written {@link VpcApi}: pages set up per region and page number; empty pages otherwise. */
final class FakeVpcApi implements VpcApi {
    final List<String> calls = new ArrayList<>();
    final Map<String, DescribeEipAddressesResponseBody> pages = new HashMap<>();

    @Override
    public DescribeEipAddressesResponseBody describeEipAddresses(String regionId, int pageNumber) {
        calls.add("DescribeEipAddresses " + regionId + " " + pageNumber);
        return pages.getOrDefault(regionId + "|" + pageNumber, new DescribeEipAddressesResponseBody().setTotalCount(0));
    }
}
