package org.cloudcost.aliyun.inventory;

import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody;
import com.aliyun.rds20140815.models.DescribeDBInstanceAttributeResponseBody.DescribeDBInstanceAttributeResponseBodyItemsDBInstanceAttribute;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody;
import com.aliyun.rds20140815.models.DescribeDBInstancesResponseBody.DescribeDBInstancesResponseBodyItemsDBInstance;
import com.aliyun.rds20140815.models.ListTagResourcesResponseBody;
import com.aliyun.rds20140815.models.ListTagResourcesResponseBody.ListTagResourcesResponseBodyTagResourcesTagResource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cloudcost.aliyun.internal.NextTokens;

/**
 * Lists one region's RDS instances ({@code DescribeDBInstances}, every page), reads each one's
 * CPU and memory ({@code DescribeDBInstanceAttribute}, one call per instance: the list call does
 * not carry them) and the tags of up to 50 instances per {@code ListTagResources} call, and
 * hands each as a {@code database} row ({@link RdsRows}) to a sink.
 *
 * <pre>{@code
 * new RdsInventory(rds).pull("cn-hangzhou", rows::add);
 * }</pre>
 */
final class RdsInventory {
    private final RdsApi rds;

    RdsInventory(RdsApi rds) {
        this.rds = Objects.requireNonNull(rds, "rds");
    }

    void pull(String region, RowSink out) throws IOException {
        List<DescribeDBInstancesResponseBodyItemsDBInstance> instances = instances(region);
        if (instances.isEmpty()) {
            return;
        }
        Map<String, Map<String, String>> tags = tags(region, instances.stream()
                .map(DescribeDBInstancesResponseBodyItemsDBInstance::getDBInstanceId).toList());
        for (DescribeDBInstancesResponseBodyItemsDBInstance db : instances) {
            out.accept(RdsRows.database(region, db, attribute(db.getDBInstanceId()),
                    tags.getOrDefault(db.getDBInstanceId(), Map.of())));
        }
    }

    private List<DescribeDBInstancesResponseBodyItemsDBInstance> instances(String region) {
        List<DescribeDBInstancesResponseBodyItemsDBInstance> all = new ArrayList<>();
        String token = null;
        do {
            DescribeDBInstancesResponseBody page = rds.describeDBInstances(region, token);
            if (page.getItems() != null && page.getItems().getDBInstance() != null) {
                all.addAll(page.getItems().getDBInstance());
            }
            token = NextTokens.next("DescribeDBInstances", token, page.getNextToken());
        } while (token != null);
        return all;
    }

    private DescribeDBInstanceAttributeResponseBodyItemsDBInstanceAttribute attribute(String id) {
        DescribeDBInstanceAttributeResponseBody body = rds.describeDBInstanceAttribute(id);
        if (body == null || body.getItems() == null || body.getItems().getDBInstanceAttribute() == null) {
            return null;
        }
        return body.getItems().getDBInstanceAttribute().stream()
                .filter(a -> id.equals(a.getDBInstanceId())).findFirst().orElse(null);
    }

    /** Tags by instance id, each instance's tags in API order. */
    private Map<String, Map<String, String>> tags(String region, List<String> ids) {
        Map<String, Map<String, String>> tags = new HashMap<>();
        for (int i = 0; i < ids.size(); i += RdsApi.TAGGED_PER_CALL) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + RdsApi.TAGGED_PER_CALL));
            String token = null;
            do {
                ListTagResourcesResponseBody page = rds.listTagResources(region, batch, token);
                if (page.getTagResources() != null && page.getTagResources().getTagResource() != null) {
                    for (ListTagResourcesResponseBodyTagResourcesTagResource t : page.getTagResources().getTagResource()) {
                        if (t.getResourceId() != null && t.getTagKey() != null && !t.getTagKey().isBlank()) {
                            tags.computeIfAbsent(t.getResourceId(), k -> new LinkedHashMap<>())
                                    .put(t.getTagKey(), t.getTagValue() == null ? "" : t.getTagValue());
                        }
                    }
                }
                token = NextTokens.next("ListTagResources", token, page.getNextToken());
            } while (token != null);
        }
        return tags;
    }
}
