package org.cloudcost.core.rules.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.internal.rules.CatalogChecks;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.StorageGroup;

/**
 * Finds the price catalog of a storage group. When the bucket is a known resource, its provider's
 * catalog. Otherwise (a storage file without the bucket in the bill or inventory) the one catalog
 * that spells the group's storage class exactly as written ({@code Standard} is Alibaba's,
 * {@code STANDARD} AWS's), among the catalogs of the providers in the dataset and of the
 * providers this project ships ({@link #SHIPPED}); none or several is a skip with the reason.
 * One instance serves one evaluation; not thread-safe.
 */
final class StorageCatalogs {
    /** Providers whose catalogs ship with cloudcost, tried for buckets of unknown provider. */
    static final List<String> SHIPPED = List.of("Alibaba Cloud", "AWS");

    /** A catalog, or why there is none. */
    record Found(Optional<PriceCatalog> catalog, String why) {
        static Found of(PriceCatalog c) {
            return new Found(Optional.of(c), "");
        }

        static Found none(String why) {
            return new Found(Optional.empty(), why);
        }
    }

    private final RuleContext context;
    private List<PriceCatalog> candidates;

    private StorageCatalogs(RuleContext context) {
        this.context = context;
    }

    /** The catalogs of one analysis; the candidates for unknown buckets are collected once, when first needed. */
    static StorageCatalogs of(RuleContext context) {
        return new StorageCatalogs(context);
    }

    Found find(StorageGroup group) {
        Optional<Resource> bucket = group.bucketResource();
        if (bucket.isPresent() && !bucket.get().providerName().isBlank()) {
            return context.catalog(bucket.get()).map(Found::of)
                    .orElseGet(() -> Found.none(CatalogChecks.noCatalog(bucket.get().providerName())));
        }
        List<PriceCatalog> spelling = new ArrayList<>();
        for (PriceCatalog c : candidates()) {
            if (knows(c, group.storageClass())) {
                spelling.add(c);
            }
        }
        if (spelling.size() == 1) {
            return Found.of(spelling.get(0));
        }
        String unknown = "bucket \"" + group.bucket() + "\" is in neither the bill nor the inventory, and ";
        return Found.none(spelling.isEmpty()
                ? unknown + "no price catalog spells storage class \"" + group.storageClass() + "\""
                : unknown + "storage class \"" + group.storageClass() + "\" is in " + spelling.size() + " catalogs ("
                        + String.join(", ", spelling.stream().map(PriceCatalog::provider).toList())
                        + "): list the bucket in the inventory");
    }

    /** The catalogs of the dataset's providers, then of {@link #SHIPPED}, each once. */
    private List<PriceCatalog> candidates() {
        if (candidates == null) {
            Set<String> names = new LinkedHashSet<>();
            context.resources().stream().map(Resource::providerName).filter(p -> !p.isBlank()).forEach(names::add);
            names.addAll(SHIPPED);
            Map<String, PriceCatalog> byProvider = new LinkedHashMap<>();
            for (String name : names) {
                context.catalog(name).ifPresent(c -> byProvider.putIfAbsent(c.provider(), c));
            }
            candidates = List.copyOf(byProvider.values());
        }
        return candidates;
    }

    /** True when the catalog names {@code storageClass} exactly, in a role or in a storage price. */
    private static boolean knows(PriceCatalog c, String storageClass) {
        return c.storageTiers().values().stream().anyMatch(l -> l.contains(storageClass))
                || c.price("storage." + storageClass + ".gbMonth").isPresent();
    }
}
