package org.cloudcost.aliyun.inventory;

import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody;

/**
 * The VPC (2016-04-28) call the inventory makes: elastic IP addresses live in the VPC API,
 * not in ECS. Behind an interface of ours for fakes; the real one is {@link TeaVpcApi}.
 * {@code DescribeEipAddresses} pages by number only ({@code PageNumber}, {@code PageSize} ≤ 100,
 * {@code TotalCount} in the response).
 *
 * <pre>{@code
 * VpcApi vpc = new TeaVpcApi(new com.aliyun.vpc20160428.Client(config), AliyunCalls.withDefaults());
 * vpc.describeEipAddresses("cn-hangzhou", 1).getEipAddresses().getEipAddress();
 * }</pre>
 */
public interface VpcApi {
    /** DescribeEipAddresses {@code PageSize}: the documented maximum. */
    int EIPS_PER_PAGE = 100;

    /**
     * One page of the region's EIPs.
     *
     * @param pageNumber 1 for the first page
     * @throws org.cloudcost.core.CloudcostException on any API error (one line), after retrying throttling
     */
    DescribeEipAddressesResponseBody describeEipAddresses(String regionId, int pageNumber);
}
