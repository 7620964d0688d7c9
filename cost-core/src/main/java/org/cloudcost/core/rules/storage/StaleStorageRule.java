package org.cloudcost.core.rules.storage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.internal.rules.Ages;
import org.cloudcost.core.internal.rules.CatalogChecks;
import org.cloudcost.core.internal.rules.RuleFigures;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.StorageGroup;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;
import org.cloudcost.core.rules.Thresholds;

/**
 * Flags object storage kept in the wrong class for its age: old data in a hot class that should
 * be archived, and old logs and backups that should be deleted (the case study's 300 TB of old
 * logs and backups in OSS).
 *
 * <p>Decision, per storage group ({@link RuleContext#storageGroups()}); age = analysis date −
 * the group's newest modification:
 * <ul>
 * <li><b>delete</b>: the prefix or the bucket name has a word marking logs or backups
 * ({@link RetentionNames#WORDS}: log, logs, logging, binlog, backup, backups, bak, bkp, dump, …)
 * and the age is at least {@code deleteAfterDays} (365), whatever the class. Confidence MEDIUM
 * (a retention policy may require keeping it), LOW when it was read within
 * {@code recentAccessDays}.</li>
 * <li><b>archive</b>: otherwise, a group in a hot class ({@code storageTiers.hot} of the catalog)
 * aged at least {@code archiveAfterDays} (90) moves to the catalog's first archive class, unless it
 * was read more recently than {@code recentAccessDays} or the archive class's minimum storage
 * duration ({@code storage.<Archive>.minDays}), whichever is longer: then it is skipped, since
 * retrieval fees would eat the saving. Confidence HIGH with a known last access, MEDIUM without,
 * LOW when the one-off transition fee exceeds a year of the saving.</li>
 * </ul>
 *
 * <p>Saving, from the catalog (tiers applied to the group's own size, in GB of 2<sup>30</sup>
 * bytes as OSS and S3 bill): archive {@code = size × (hot gbMonth − archive gbMonth)}; delete
 * {@code = size × the class's gbMonth}. The one-off transition fee
 * {@code objectCount / 1000 × storage.<Archive>.transitionPer1k} is stated in the reason, not
 * counted in the monthly saving (and said to be unknown when the storage data has no ObjectCount). The finding's MonthlyCost is the catalog price of the group
 * ({@code size × gbMonth}), not a bill line: the bucket's bill mixes storage with requests and
 * traffic. ResourceId is {@code bucket/prefix}, type {@code bucket}, category {@code Storage};
 * region, account, environment, thresholds and the ignore tag come from the bucket when the bill
 * or inventory knows it.
 *
 * <p>Provider: the bucket's, when known; otherwise the one catalog whose storage classes spell the
 * group's class exactly ({@code Standard} is Alibaba's, {@code STANDARD} AWS's), see
 * {@link StorageCatalogs}. Sources: CASE-STUDY (archive logs older than 3 months, delete data older
 * than a year); Steampipe thrifty S3/OSS lifecycle checks; OSS and S3 minimum storage durations.
 *
 * <pre>{@code
 * new StaleStorageRule().evaluate(context).findings();
 * // stale-storage logs-bucket/app/: save 8.70 CNY/month of 12.00 (HIGH): Add a lifecycle rule moving ...
 * }</pre>
 */
public final class StaleStorageRule implements Rule {
    @Override
    public String id() {
        return "stale-storage";
    }

    @Override
    public Strategy strategy() {
        return Strategy.DATA_LIFECYCLE;
    }

    @Override
    public String summary() {
        return "Object groups in a hot class past 90 days (archive) and logs or backups past a year (delete)";
    }

    @Override
    public String description() {
        return "Groups whose prefix or bucket name marks logs or backups and whose newest object is at least "
                + "deleteAfterDays old: delete, saving size × the class's gbMonth. Other groups in a hot class at least "
                + "archiveAfterDays old: move to the archive class, saving size × (hot − archive gbMonth), unless read "
                + "within recentAccessDays or the archive class's minimum duration; the one-off transition fee "
                + "(objects / 1000 × transitionPer1k) is stated, not subtracted. MonthlyCost is the catalog price of "
                + "the group's size, since the bucket's bill mixes requests and traffic.";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.STORAGE);
    }

    @Override
    public List<Threshold> thresholds() {
        return StaleStorageThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        StorageCatalogs catalogs = StorageCatalogs.of(context);
        for (StorageGroup group : context.storageGroups()) {
            Optional<Resource> bucket = group.bucketResource();
            if (bucket.isPresent() && context.ignored(bucket.get())) {
                continue;
            }
            evaluate(context, catalogs, group, out);
        }
        return out.build();
    }

    private void evaluate(RuleContext context, StorageCatalogs catalogs, StorageGroup group, RuleOutcome.Builder out) {
        if (group.lastModified() == null) {
            out.skip(group.id(), "no LastModified");
            return;
        }
        if (!Double.isFinite(group.sizeBytes()) || group.sizeBytes() < 0) {
            out.skip(group.id(), "SizeBytes " + group.sizeBytes() + " is not a size");
            return;
        }
        Thresholds values = group.bucketResource().map(b -> context.thresholds(this, b)).orElseGet(() -> context.thresholds(this));
        StaleStorageThresholds t = StaleStorageThresholds.of(values);
        Instant asOf = context.asOf();
        long age = Ages.days(group.lastModified(), asOf);
        Optional<String> retentionWord = RetentionNames.match(group.bucket(), group.prefix());
        boolean delete = retentionWord.isPresent() && age >= t.deleteAfterDays();
        if (!delete && age < t.archiveAfterDays()) {
            return;
        }
        StorageCatalogs.Found found = catalogs.find(group);
        if (found.catalog().isEmpty()) {
            out.skip(group.id(), found.why());
            return;
        }
        PriceCatalog c = found.catalog().get();
        String storageClass = spelling(c, group.storageClass());
        boolean hot = c.storageClasses("hot").contains(storageClass);
        if (!delete && !hot) {
            return;
        }
        CatalogChecks.Found inCurrency = CatalogChecks.inReportingCurrency(c, context.currency());
        if (inCurrency.catalog().isEmpty()) {
            out.skip(group.id(), inCurrency.skipReason());
            return;
        }
        String currency = inCurrency.currency();
        String key = "storage." + storageClass + ".gbMonth";
        Optional<Price> price = c.price(key);
        if (price.isEmpty()) {
            out.skip(group.id(), CatalogChecks.noPrice(c, key));
            return;
        }
        double gb = group.sizeGb();
        BigDecimal monthly = price.get().cost(gb);
        if (monthly.signum() <= 0) {
            return;
        }
        String objects = objectCount(group) < 0 ? "object count unknown" : objectCount(group) + " objects";
        String stored = RuleFigures.oneDecimal(gb) + " GB (" + objects + ") in " + storageClass + ", newest object modified "
                + Ages.dateAndAge(group.lastModified(), asOf);
        Group g = new Group(group, c, storageClass, currency, monthly, stored);
        if (delete) {
            out.add(deletion(context, g, t, retentionWord.get(), price.get()));
        } else {
            archive(context, g, t, price.get(), out);
        }
    }

    /** A group being judged: its catalog, class spelling, currency, catalog monthly cost and evidence text. */
    private record Group(StorageGroup group, PriceCatalog catalog, String storageClass, String currency,
                         BigDecimal monthlyCost, String stored) {
    }

    private Finding deletion(RuleContext context, Group g, StaleStorageThresholds t, String word, Price price) {
        Instant accessed = g.group().lastAccessed();
        long accessAge = accessed == null ? Long.MAX_VALUE : Ages.days(accessed, context.asOf());
        String access = accessed == null ? "last access unknown" : "last read " + accessAge + " days ago";
        return builder(g)
                .monthlySavings(g.monthlyCost())
                .action("Delete " + what(g.group()) + " once the retention policy allows (or add a lifecycle rule expiring "
                        + "objects after " + t.deleteAfterDays() + " days)")
                .reason(g.stored() + " (threshold " + t.deleteAfterDays() + " days for logs and backups: the name has \""
                        + word + "\"); " + access + "; " + priced(g, price) + "; check the retention policy first")
                .confidence(accessAge < t.recentAccessDays() ? Confidence.LOW : Confidence.MEDIUM)
                .build();
    }

    private void archive(RuleContext context, Group g, StaleStorageThresholds t, Price hotPrice, RuleOutcome.Builder out) {
        PriceCatalog c = g.catalog();
        String id = g.group().id();
        Optional<String> archiveClass = c.storageClass("archive");
        if (archiveClass.isEmpty()) {
            out.skip(id, "the " + c.provider() + " catalog names no archive storage class");
            return;
        }
        String archive = archiveClass.get();
        String key = "storage." + archive + ".gbMonth";
        Optional<Price> archivePrice = c.price(key);
        if (archivePrice.isEmpty()) {
            out.skip(id, CatalogChecks.noPrice(c, key));
            return;
        }
        int minDays = c.price("storage." + archive + ".minDays").map(p -> (int) Math.ceil(p.amount())).orElse(0);
        int guard = Math.max(t.recentAccessDays(), minDays);
        Instant accessed = g.group().lastAccessed();
        if (accessed != null && Ages.days(accessed, context.asOf()) < guard) {
            out.skip(id, "last read " + Ages.days(accessed, context.asOf()) + " days ago, within " + guard + " days (recentAccessDays "
                    + t.recentAccessDays() + (minDays > 0 ? ", " + archive + " minimum storage " + minDays + " days" : "")
                    + "): retrieval fees would eat the saving of archiving it");
            return;
        }
        double gb = g.group().sizeGb();
        BigDecimal archived = archivePrice.get().cost(gb);
        BigDecimal saving = g.monthlyCost().subtract(archived);
        if (saving.signum() <= 0) {
            out.skip(id, archive + " costs no less than " + g.storageClass() + " in the " + c.provider() + " catalog");
            return;
        }
        Optional<Price> transition = c.price("storage." + archive + ".transitionPer1k");
        long objects = objectCount(g.group());
        BigDecimal fee = objects < 0 ? null : transition.map(p -> p.value().multiply(BigDecimal.valueOf(objects))
                .divide(BigDecimal.valueOf(1000), MathContext.DECIMAL64)).orElse(null);
        String feeText = objects < 0
                ? "object count unknown, so the one-off transition fee is not estimated"
                : fee == null
                ? "the catalog has no storage." + archive + ".transitionPer1k, so the one-off transition fee is not estimated"
                : String.format(Locale.ROOT, "one-off transition fee %d objects / 1000 × %s = %s %s (once, not monthly)",
                        objects, transition.get().value().toPlainString(), RuleFigures.money(fee), g.currency());
        String retrieval = c.price("storage." + archive + ".retrievalGb")
                .map(p -> "; reading it back costs " + p.value().toPlainString() + " " + g.currency() + "/GB").orElse("");
        Confidence confidence = accessed == null ? Confidence.MEDIUM : Confidence.HIGH;
        if (fee != null && fee.compareTo(saving.multiply(BigDecimal.valueOf(12))) > 0) {
            confidence = Confidence.LOW;
        }
        out.add(builder(g)
                .monthlySavings(saving)
                .action("Add a lifecycle rule moving " + what(g.group()) + " from " + g.storageClass() + " to " + archive
                        + " after " + t.archiveAfterDays() + " days")
                .reason(g.stored() + " (threshold " + t.archiveAfterDays() + " days); "
                        + (accessed == null ? "last access unknown" : "last read " + Ages.days(accessed, context.asOf()) + " days ago")
                        + "; " + g.storageClass() + " " + hotPrice.value().toPlainString() + " vs " + archive + " "
                        + archivePrice.get().value().toPlainString() + " " + g.currency() + "/GB-month (catalog) saves "
                        + RuleFigures.money(saving) + " " + g.currency() + "/month; " + feeText + retrieval
                        + "; MonthlyCost is the catalog price of the group's size (" + RuleFigures.money(g.monthlyCost()) + " "
                        + g.currency() + "), since the bucket's bill mixes storage with requests and traffic")
                .confidence(confidence)
                .build());
    }

    private Finding.Builder builder(Group g) {
        Finding.Builder b = Finding.builder(this, g.group().id(), g.currency())
                .resourceType("bucket").serviceCategory("Storage")
                .monthlyCost(g.monthlyCost(), g.monthlyCost());
        g.group().bucketResource().ifPresent(r -> b.serviceName(r.serviceName()).regionId(r.regionId())
                .subAccountId(r.subAccountId()).environment(r.environment()));
        return b;
    }

    private static String priced(Group g, Price price) {
        return g.storageClass() + " " + price.value().toPlainString() + " " + g.currency() + "/GB-month (catalog) = "
                + RuleFigures.money(g.monthlyCost()) + " " + g.currency() + "/month, the catalog price of the group's size (the "
                + "bucket's bill mixes storage with requests and traffic)";
    }

    /** The class as the catalog spells it ({@code standard → Standard}), else as given. */
    private static String spelling(PriceCatalog c, String storageClass) {
        for (List<String> classes : c.storageTiers().values()) {
            for (String name : classes) {
                if (name.equalsIgnoreCase(storageClass)) {
                    return name;
                }
            }
        }
        for (String key : c.prices().keySet()) {
            if (key.startsWith("storage.") && key.endsWith(".gbMonth")) {
                String name = key.substring("storage.".length(), key.length() - ".gbMonth".length());
                if (name.equalsIgnoreCase(storageClass)) {
                    return name;
                }
            }
        }
        return storageClass;
    }

    /**
     * The group's object count, or -1 when unknown: the storage frame keeps an absent ObjectCount
     * as a missing value, which reaches the group as {@code Long.MIN_VALUE}.
     */
    private static long objectCount(StorageGroup g) {
        return g.objectCount() < 0 ? -1 : g.objectCount();
    }

    private static String what(StorageGroup g) {
        return g.prefix().isEmpty() ? "bucket " + g.bucket() : g.bucket() + "/" + g.prefix();
    }

}
