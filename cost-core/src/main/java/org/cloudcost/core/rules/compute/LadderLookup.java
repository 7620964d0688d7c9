package org.cloudcost.core.rules.compute;

import java.util.Optional;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.SizeLadder;
import org.cloudcost.core.internal.rules.CatalogChecks;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.RuleContext;

/**
 * The size ladder covering a resource's spec in its provider's price catalog, or the reason there
 * is none (no spec, no catalog, no ladder), worded for a skip.
 *
 * <pre>{@code
 * LadderLookup l = LadderLookup.of(context, resource);
 * if (l.ladder().isEmpty()) { out.skip(resource, l.problem()); continue; }
 * }</pre>
 *
 * @param ladder the ladder, when found
 * @param problem why there is none; {@code ""} when found
 */
record LadderLookup(Optional<SizeLadder> ladder, String problem) {

    static LadderLookup of(RuleContext context, Resource r) {
        if (r.spec().isEmpty()) {
            return new LadderLookup(Optional.empty(), "no instance spec in the inventory or the bill");
        }
        Optional<PriceCatalog> catalog = context.catalog(r);
        if (catalog.isEmpty()) {
            return new LadderLookup(Optional.empty(), CatalogChecks.noCatalog(r.providerName()));
        }
        Optional<SizeLadder> ladder = catalog.get().sizeLadder(r.spec());
        if (ladder.isEmpty()) {
            return new LadderLookup(Optional.empty(),
                    "no size ladder for " + r.spec() + " in the " + catalog.get().provider() + " catalog");
        }
        return new LadderLookup(ladder, "");
    }
}
