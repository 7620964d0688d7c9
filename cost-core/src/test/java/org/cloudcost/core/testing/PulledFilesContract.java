package org.cloudcost.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.InventoryFrame;
import org.cloudcost.core.frame.UsageFrame;
import tech.tablesaw.api.Table;

/**
 * What every provider's {@code pull} must hand to {@code analyze}, checked on the files it
 * wrote: they load through the real readers; the bill reconciles to the cent, names its provider
 * and uses FOCUS categories; the inventory uses the canonical resource types, lower-case states
 * and {@code fixed}/{@code traffic} bandwidth billing; usage uses the canonical metric names,
 * for resources the inventory lists. Each provider module's pull test calls it, so AWS and
 * Alibaba Cloud meet one contract.
 *
 * <pre>{@code
 * CostDataset ds = PulledFilesContract.check(dir.resolve("billing.csv"), dir.resolve("inventory.csv"),
 *         List.of(dir.resolve("usage-cn-hangzhou.csv")), List.of(dir.resolve("storage-cn-hangzhou.csv")));
 * }</pre>
 */
public final class PulledFilesContract {
    /** Canonical inventory types (FORMATS.md §2). */
    public static final Set<String> RESOURCE_TYPES = Set.of("compute", "database", "disk", "snapshot", "bucket", "ip",
            "nat", "load-balancer", "cdn");

    private PulledFilesContract() {
    }

    /** Loads the files and checks the contract; returns the dataset for further assertions. */
    public static CostDataset check(Path billing, Path inventory, List<Path> usage, List<Path> storage) {
        CostDataset ds = CostDataset.read().billing(billing).inventory(inventory).usage(usage).storage(storage).load();
        assertThat(ds.spend().reconciliation().reconciled()).as("the bill reconciles: %s", ds.spend().reconciliation())
                .isTrue();
        Table bill = ds.billing().table();
        assertThat(bill.rowCount()).as("billing rows").isPositive();
        assertThat(bill.stringColumn(BillingFrame.PROVIDER_NAME).asSet()).as("ProviderName").doesNotContain("");
        assertThat(BillingFrame.CHARGE_CATEGORIES).containsAll(bill.stringColumn(BillingFrame.CHARGE_CATEGORY).asSet());
        assertThat(BillingFrame.SERVICE_CATEGORIES).containsAll(bill.stringColumn(BillingFrame.SERVICE_CATEGORY).asSet());

        Table inv = ds.inventory().table();
        assertThat(RESOURCE_TYPES).as("inventory ResourceType").containsAll(inv.stringColumn(InventoryFrame.RESOURCE_TYPE).asSet());
        for (String state : inv.stringColumn(InventoryFrame.STATE).asSet()) {
            assertThat(state).as("inventory State").isEqualTo(state.toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(Set.of("", "fixed", "traffic")).as("BandwidthBilling")
                .containsAll(inv.stringColumn(InventoryFrame.BANDWIDTH_BILLING).asSet());

        Table use = ds.usage().table();
        assertThat(UsageFrame.CANONICAL_METRICS).as("usage metrics").containsAll(use.stringColumn(UsageFrame.METRIC).asSet());
        Set<String> listed = new HashSet<>(inv.stringColumn(InventoryFrame.RESOURCE_ID).asList());
        assertThat(listed).as("every resource with usage is in the inventory")
                .containsAll(use.stringColumn(UsageFrame.RESOURCE_ID).asSet());
        return ds;
    }
}
