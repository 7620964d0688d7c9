package org.cloudcost.aliyun.inventory;

import com.aliyun.ecs20140526.models.DescribeDisksResponseBody;
import com.aliyun.ecs20140526.models.DescribeDisksResponseBody.DescribeDisksResponseBodyDisksDisk;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody;
import com.aliyun.ecs20140526.models.DescribeSnapshotsResponseBody.DescribeSnapshotsResponseBodySnapshotsSnapshot;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.cloudcost.aliyun.internal.NextTokens;

/**
 * Lists one region's ECS instances, disks and snapshots, every page, and hands each one as an
 * inventory row ({@link EcsRows}) to a sink.
 *
 * <pre>{@code
 * new EcsInventory(ecs).pull("cn-hangzhou", rows::add);
 * }</pre>
 */
final class EcsInventory {
    private final EcsApi ecs;

    EcsInventory(EcsApi ecs) {
        this.ecs = Objects.requireNonNull(ecs, "ecs");
    }

    void pull(String region, RowSink out) throws IOException {
        instances(region, out);
        disks(region, out);
        snapshots(region, out);
    }

    private void instances(String region, RowSink out) throws IOException {
        String token = null;
        do {
            DescribeInstancesResponseBody page = ecs.describeInstances(region, token);
            List<DescribeInstancesResponseBodyInstancesInstance> items =
                    page.getInstances() == null ? null : page.getInstances().getInstance();
            for (DescribeInstancesResponseBodyInstancesInstance i : orEmpty(items)) {
                out.accept(EcsRows.instance(region, i));
            }
            token = NextTokens.next("DescribeInstances", token, page.getNextToken());
        } while (token != null);
    }

    private void disks(String region, RowSink out) throws IOException {
        String token = null;
        do {
            DescribeDisksResponseBody page = ecs.describeDisks(region, token);
            List<DescribeDisksResponseBodyDisksDisk> items = page.getDisks() == null ? null : page.getDisks().getDisk();
            for (DescribeDisksResponseBodyDisksDisk d : orEmpty(items)) {
                out.accept(EcsRows.disk(region, d));
            }
            token = NextTokens.next("DescribeDisks", token, page.getNextToken());
        } while (token != null);
    }

    private void snapshots(String region, RowSink out) throws IOException {
        String token = null;
        do {
            DescribeSnapshotsResponseBody page = ecs.describeSnapshots(region, token);
            List<DescribeSnapshotsResponseBodySnapshotsSnapshot> items =
                    page.getSnapshots() == null ? null : page.getSnapshots().getSnapshot();
            for (DescribeSnapshotsResponseBodySnapshotsSnapshot s : orEmpty(items)) {
                out.accept(EcsRows.snapshot(region, s));
            }
            token = NextTokens.next("DescribeSnapshots", token, page.getNextToken());
        } while (token != null);
    }

    /** A page whose list is absent has no items. */
    private static <T> List<T> orEmpty(List<T> items) {
        return items == null ? List.of() : items;
    }
}
