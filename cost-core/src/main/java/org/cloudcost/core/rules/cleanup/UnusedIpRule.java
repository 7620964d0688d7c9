package org.cloudcost.core.rules.cleanup;

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
import org.cloudcost.core.internal.rules.MonthHours;
import org.cloudcost.core.internal.rules.RuleFigures;
import org.cloudcost.core.rules.Confidence;
import org.cloudcost.core.rules.DataKind;
import org.cloudcost.core.rules.Finding;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.Rule;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleOutcome;
import org.cloudcost.core.rules.Strategy;
import org.cloudcost.core.rules.Threshold;

/**
 * Flags public IP addresses (EIPs, Elastic IPs) that are allocated but not associated with
 * anything: resources of type {@code ip} whose inventory state is {@code available}, or whose
 * {@code AttachedTo} is empty while the state does not say it is in use.
 *
 * <p>Decision: {@code available} always counts as unused. An empty {@code AttachedTo} counts when
 * the state is known and is not an in-use state ({@code inuse}, {@code in-use}, {@code associated},
 * {@code associating}, {@code attached}, {@code bound}): the state wins over a missing
 * attachment. An address with neither a state nor an attachment is skipped: that is the shape of
 * an address the bill knows and the inventory does not, and missing data is not evidence.
 * Addresses allocated fewer than {@code minAgeDays} ago are left alone (default 0: all).
 *
 * <p>Saving: the address is released, so the saving is its billed monthly cost. An address without
 * billed cost (the bill files the idle fee elsewhere, or there is no bill) is priced from the
 * catalog: {@code ip.idle.hour × 730}; the finding's MonthlyCost is then that same catalog figure,
 * and the reason says so ({@link Confidence#LOW} when the bill does list the address, at zero). Without either it is skipped, naming the missing key. Sources: AWS
 * Trusted Advisor unassociated Elastic IP addresses, Steampipe thrifty {@code vpc_eip_unattached},
 * Cloud Custodian {@code network-addr} unattached.
 *
 * <pre>{@code
 * new UnusedIpRule().evaluate(context).findings();
 * // unused-ip eip-1: save 14.60 CNY/month of 14.60 (HIGH): Release the address ...
 * }</pre>
 */
public final class UnusedIpRule implements Rule {
    /** The catalog key of what an unassociated address costs an hour. */
    static final String IDLE_HOUR = "ip.idle.hour";

    /** Inventory states (lower case) that say an address is associated. */
    static final Set<String> IN_USE = Set.of("inuse", "in-use", "in_use", "associated", "associating", "attached", "bound");

    private static final String RELEASE = "Release the address (or associate it with the resource it was reserved for)";

    @Override
    public String id() {
        return "unused-ip";
    }

    @Override
    public Strategy strategy() {
        return Strategy.CLEANUP;
    }

    @Override
    public String summary() {
        return "Public IP addresses allocated but associated with nothing";
    }

    @Override
    public String description() {
        return "Flags ip resources whose inventory state is available, or whose AttachedTo is empty while the state is "
                + "known and not in use. The saving is the address's billed monthly cost, or, when it has none, the "
                + "catalog's ip.idle.hour × 730 h (then also its monthly cost).";
    }

    @Override
    public Set<DataKind> requires() {
        return Set.of(DataKind.INVENTORY);
    }

    @Override
    public List<Threshold> thresholds() {
        return UnusedIpThresholds.SPECS;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        RuleOutcome.Builder out = RuleOutcome.builder(this);
        Instant asOf = context.asOf();
        for (Resource ip : context.resources("ip")) {
            if (context.ignored(ip)) {
                continue;
            }
            String state = ip.state().toLowerCase(Locale.ROOT);
            boolean available = state.equals("available");
            if (!available) {
                if (!ip.attachedTo().isBlank() || IN_USE.contains(state)) {
                    continue;
                }
                if (state.isEmpty()) {
                    out.skip(ip, "no State and no AttachedTo in the inventory: cannot tell whether it is associated");
                    continue;
                }
            }
            UnusedIpThresholds t = UnusedIpThresholds.of(context.thresholds(this, ip));
            Instant created = ip.createdAt();
            if (created != null && !Ages.atLeast(created, asOf, t.minAgeDays())) {
                continue;
            }
            String evidence = (available ? "State available" : "State " + ip.state()) + " and associated with nothing"
                    + (created == null ? "" : "; allocated " + Ages.dateAndAge(created, asOf));
            if (ip.monthlyCost().signum() > 0) {
                out.add(WholeCost.finding(this, context, ip, evidence)
                        .action(RELEASE)
                        .confidence(available ? Confidence.HIGH : Confidence.MEDIUM)
                        .build());
                continue;
            }
            priced(context, ip, evidence, out);
        }
        return out.build();
    }

    /** An address without billed cost, priced at the catalog's idle-address rate. */
    private void priced(RuleContext context, Resource ip, String evidence, RuleOutcome.Builder out) {
        CatalogChecks.Found found = CatalogChecks.forResource(context, ip);
        if (found.catalog().isEmpty()) {
            out.skip(ip, "no billed cost and " + found.skipReason());
            return;
        }
        PriceCatalog c = found.catalog().get();
        Optional<String> missing = CatalogChecks.missingPrice(c, IDLE_HOUR);
        if (missing.isPresent()) {
            out.skip(ip, "no billed cost and " + missing.get());
            return;
        }
        String currency = found.currency();
        Price idle = c.price(IDLE_HOUR).orElseThrow();
        BigDecimal monthly = idle.cost(MonthHours.HOURS).round(MathContext.DECIMAL64);
        out.add(Finding.builder(this, ip, currency)
                .monthlyCost(monthly, monthly)
                .monthlySavings(monthly)
                .action(RELEASE)
                .reason(evidence + (ip.hasBilling()
                        ? "; its bill lines total 0.00 " + c.currency() + "/month, so priced from the catalog: ip.idle.hour "
                        : "; not billed in the data, so priced from the catalog: ip.idle.hour ")
                        + idle.value().toPlainString() + " " + c.currency() + "/h × " + MonthHours.HOURS + " h = "
                        + RuleFigures.money(monthly) + " " + c.currency() + "/month (a catalog price, not a bill)")
                // billed at zero: the bill and the catalog disagree (free allowance? fee on another line?)
                .confidence(ip.hasBilling() ? Confidence.LOW : Confidence.MEDIUM)
                .build());
    }
}
