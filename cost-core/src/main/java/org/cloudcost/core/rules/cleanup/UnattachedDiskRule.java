package org.cloudcost.core.rules.cleanup;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.cloudcost.core.internal.rules.Ages;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * Flags cloud disks nobody uses: disks ({@code context.resources("disk")}) whose inventory state is
 * {@code available} and whose {@code AttachedTo} is empty, created at least {@code minAgeDays}
 * before the analysis date ({@link RuleContext#asOf()}).
 *
 * <p>Decision: the state and attachment come from the inventory; a disk without a creation time
 * is still flagged (an unattached disk costs money whatever its age) with {@link Confidence#LOW},
 * because it may have been detached minutes before the inventory was taken. A disk with a
 * creation time past the age threshold is {@link Confidence#HIGH}.
 *
 * <p>Saving: the disk goes away, so the saving is its whole billed monthly cost
 * ({@link Resource#monthlyCost()}); a disk without billed cost is skipped ("no billed cost").
 * Sources: AWS Trusted Advisor underutilized EBS volumes, Steampipe thrifty
 * {@code ebs_volume_unattached}, Cloud Custodian unattached-volume policies.
 *
 * <pre>{@code
 * RuleOutcome out = new UnattachedDiskRule().evaluate(context);
 * out.findings();   // unattached-disk d-1: save 120.00 CNY/month of 120.00 (HIGH): Snapshot the disk ...
 * }</pre>
 */
public final class UnattachedDiskRule implements Rule {
    @Override
    public String id() {
        return "unattached-disk";
    }

    @Override
    public Strategy strategy() {
        return Strategy.CLEANUP;
    }

    @Override
    public String summary() {
        return "Disks in state available, attached to nothing, older than a week";
    }

    @Override
    public String description() {
        return "Flags disks whose inventory state is available and AttachedTo is empty, created at least minAgeDays "
                + "before the analysis date (a disk of unknown age is flagged with low confidence). The saving is the "
                + "disk's whole billed monthly cost; disks without billed cost are skipped.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.INVENTORY, DataKind.BILLING);
    }

    @Override
    public List<Threshold> thresholds() {
        return UnattachedDiskThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        Instant asOf = context.asOf();
        for (Resource disk : context.resources("disk")) {
            if (context.ignored(disk) || !"available".equalsIgnoreCase(disk.state()) || !disk.attachedTo().isBlank()) {
                continue;
            }
            UnattachedDiskThresholds t = UnattachedDiskThresholds.of(context.thresholds(this, disk));
            Instant created = disk.createdAt();
            if (created != null && !Ages.atLeast(created, asOf, t.minAgeDays())) {
                continue;
            }
            if (disk.monthlyCost().signum() == 0) {
                out.skip(disk, "no billed cost");
                continue;
            }
            String age = created == null
                    ? "creation time unknown (it may have been detached just before the inventory was taken)"
                    : "created " + Ages.dateAndAge(created, asOf) + " (threshold " + t.minAgeDays() + " days)";
            out.add(WholeCost.finding(this, context, disk, "State available and attached to nothing; " + age)
                    .action("Snapshot the disk if its data is still needed, then delete it")
                    .confidence(created == null ? Confidence.LOW : Confidence.HIGH)
                    .build());
        }
        return out.build();
    }
}
