package org.cloudcost.aws.costexplorer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One Cost Explorer group on one day: a service's cost in one linked account (and, when asked,
 * for one value of a tag, or for one resource), as exact decimals.
 *
 * <pre>{@code
 * CostLine l = new CostLine(day, "111122223333", "AWS Lambda", Map.of(), "", unblended, amortized, "USD", false);
 * }</pre>
 *
 * @param day the UTC day the cost is for
 * @param account the linked (usage) account id, as a string (leading zeros kept)
 * @param service the Cost Explorer service name
 * @param tags the tag the line is grouped by ({@code key → value}), empty when none or untagged
 * @param resourceId the resource, blank for a service-level line
 * @param unblended {@code UnblendedCost}: the BilledCost
 * @param amortized {@code AmortizedCost}: the EffectiveCost (upfront and recurring commitment fees spread over the usage)
 * @param currency the amounts' unit ({@code USD})
 * @param estimated Cost Explorer marked the day as estimated (not final yet)
 */
record CostLine(LocalDate day, String account, String service, Map<String, String> tags, String resourceId,
                BigDecimal unblended, BigDecimal amortized, String currency, boolean estimated) {
    CostLine {
        Objects.requireNonNull(day, "day");
        account = account == null ? "" : account;
        service = service == null ? "" : service;
        tags = Map.copyOf(tags);
        resourceId = resourceId == null ? "" : resourceId;
        Objects.requireNonNull(unblended, "unblended");
        Objects.requireNonNull(amortized, "amortized");
        currency = currency == null ? "" : currency;
    }

    /** The same line for {@code resourceId} with these amounts. */
    CostLine forResource(String resource, BigDecimal unblendedCost, BigDecimal amortizedCost) {
        return new CostLine(day, account, service, tags, resource, unblendedCost, amortizedCost, currency, estimated);
    }
}
