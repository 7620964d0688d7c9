package org.cloudcost.aliyun.inventory;

import com.aliyun.vpc20160428.Client;
import com.aliyun.vpc20160428.models.DescribeEipAddressesRequest;
import com.aliyun.vpc20160428.models.DescribeEipAddressesResponseBody;
import java.util.Objects;
import org.cloudcost.aliyun.internal.AliyunCalls;

/**
 * {@link VpcApi} over the real tea client ({@code com.aliyun:vpc20160428}); every call goes
 * through {@link AliyunCalls}.
 *
 * <pre>{@code
 * VpcApi vpc = new TeaVpcApi(new Client(config), AliyunCalls.withDefaults());
 * }</pre>
 */
public final class TeaVpcApi implements VpcApi {
    private final Client client;
    private final AliyunCalls calls;

    public TeaVpcApi(Client client, AliyunCalls calls) {
        this.client = Objects.requireNonNull(client, "client");
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    @Override
    public DescribeEipAddressesResponseBody describeEipAddresses(String regionId, int pageNumber) {
        DescribeEipAddressesRequest request = new DescribeEipAddressesRequest().setRegionId(regionId)
                .setPageNumber(pageNumber).setPageSize(EIPS_PER_PAGE);
        return calls.call("DescribeEipAddresses", () -> client.describeEipAddresses(request).getBody());
    }
}
