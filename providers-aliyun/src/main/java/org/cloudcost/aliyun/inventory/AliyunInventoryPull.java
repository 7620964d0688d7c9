package org.cloudcost.aliyun.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.cloudcost.core.io.PartFile;
import org.cloudcost.core.io.CanonicalCsv;

/**
 * Pulls the Alibaba Cloud inventory of the given regions into one CSV in the canonical layout
 * ({@link CanonicalCsv#INVENTORY}): ECS instances ({@code compute}), cloud disks ({@code disk}),
 * snapshots ({@code snapshot}), EIPs ({@code ip}) and RDS instances ({@code database}). The
 * clients come per region from the caller's factories (building them from credentials is
 * {@code org.cloudcost.aliyun.AliyunClients}' job); each factory is asked once per region. A
 * resource listed twice (a page boundary moving while we read) is written once, as the core's
 * inventory reader refuses duplicates.
 *
 * <pre>{@code
 * AliyunCalls calls = AliyunCalls.withDefaults();
 * AliyunInventoryPull pull = new AliyunInventoryPull(
 *         region -> new TeaEcsApi(ecsClientFor(region), calls),     // the tea clients, built elsewhere
 *         region -> new TeaVpcApi(vpcClientFor(region), calls),
 *         region -> new TeaRdsApi(rdsClientFor(region), calls));
 * AliyunInventoryPull.Result r = pull.pull(List.of("cn-hangzhou", "cn-shanghai"), Path.of("out/inventory.csv"));
 * r.rowsByType();   // {compute=12, disk=30, snapshot=41, ip=3, database=2}
 * }</pre>
 */
public final class AliyunInventoryPull {
    /** The resource types written, in the order they are listed. */
    public static final List<String> TYPES = List.of("compute", "disk", "snapshot", "ip", "database");

    private final Function<String, EcsApi> ecs;
    private final Function<String, VpcApi> vpc;
    private final Function<String, RdsApi> rds;

    /** What a pull wrote: the file, its data rows, and the rows per resource type (every type, zeros included). */
    public record Result(Path file, long rows, Map<String, Long> rowsByType) {
        public Result {
            rowsByType = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByType));
        }
    }

    public AliyunInventoryPull(Function<String, EcsApi> ecs, Function<String, VpcApi> vpc, Function<String, RdsApi> rds) {
        this.ecs = Objects.requireNonNull(ecs, "ecs");
        this.vpc = Objects.requireNonNull(vpc, "vpc");
        this.rds = Objects.requireNonNull(rds, "rds");
    }

    /**
     * Lists every region and writes {@code inventoryCsv} (replacing it); no regions gives a
     * file with the header only. The rows go to {@code inventoryCsv.part} first, moved into place
     * when the pull succeeds and deleted when it fails.
     *
     * @throws org.cloudcost.core.CloudcostException on an API error, in one line
     * @throws IOException when the file cannot be written
     */
    public Result pull(List<String> regionIds, Path inventoryCsv) throws IOException {
        Map<String, Long> byType = new LinkedHashMap<>();
        TYPES.forEach(t -> byType.put(t, 0L));
        Set<String> written = new HashSet<>();
        long rows = PartFile.write(inventoryCsv, CanonicalCsv.INVENTORY, out -> {
            RowSink sink = row -> {
                if (row.resourceId().isBlank() || !written.add(row.resourceId())) {
                    return;
                }
                out.row(row.cells());
                byType.merge(row.resourceType(), 1L, Long::sum);
            };
            for (String region : new LinkedHashSet<>(regionIds)) {
                new EcsInventory(ecs.apply(region)).pull(region, sink);
                new EipInventory(vpc.apply(region)).pull(region, sink);
                new RdsInventory(rds.apply(region)).pull(region, sink);
            }
            return out.rows();
        });
        return new Result(inventoryCsv, rows, byType);
    }
}
