package org.cloudcost.core.internal.rules;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone of a cloud region, for hour-of-day profiles: people switch things off by their
 * local clock. Alibaba Cloud's China regions ({@code cn-hangzhou}, {@code cn-shanghai}, …) and
 * its Hong Kong and Singapore regions are UTC+8; AWS and Alibaba share region names elsewhere
 * ({@code us-east-1} is Virginia for both). Regions not listed, and blank ones, are UTC.
 * Sources: Alibaba Cloud "Regions and zones" and AWS "Regions and Availability Zones" pages
 * (region → city); zones are the cities' IANA zones.
 */
public final class RegionZones {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Region prefix → zone; the longest matching prefix wins. */
    private static final Map<String, ZoneId> BY_PREFIX = Map.ofEntries(
            Map.entry("cn-hongkong", ZoneId.of("Asia/Hong_Kong")),
            Map.entry("cn-", SHANGHAI),
            Map.entry("ap-east-1", ZoneId.of("Asia/Hong_Kong")),
            Map.entry("ap-southeast-1", ZoneId.of("Asia/Singapore")),
            Map.entry("ap-southeast-2", ZoneId.of("Australia/Sydney")),
            Map.entry("ap-southeast-3", ZoneId.of("Asia/Kuala_Lumpur")),
            Map.entry("ap-southeast-5", ZoneId.of("Asia/Jakarta")),
            Map.entry("ap-northeast-1", ZoneId.of("Asia/Tokyo")),
            Map.entry("ap-northeast-2", ZoneId.of("Asia/Seoul")),
            Map.entry("ap-south-1", ZoneId.of("Asia/Kolkata")),
            Map.entry("us-east-1", ZoneId.of("America/New_York")),
            Map.entry("us-east-2", ZoneId.of("America/New_York")),
            Map.entry("us-west-1", ZoneId.of("America/Los_Angeles")),
            Map.entry("us-west-2", ZoneId.of("America/Los_Angeles")),
            Map.entry("eu-central-1", ZoneId.of("Europe/Berlin")),
            Map.entry("eu-west-1", ZoneId.of("Europe/Dublin")),
            Map.entry("eu-west-2", ZoneId.of("Europe/London")),
            Map.entry("eu-west-3", ZoneId.of("Europe/Paris")),
            Map.entry("me-east-1", ZoneId.of("Asia/Dubai")));

    private RegionZones() {
    }

    /** The zone of {@code regionId}, UTC when unknown. */
    public static ZoneId of(String regionId) {
        String r = regionId == null ? "" : regionId.strip().toLowerCase(Locale.ROOT);
        String best = null;
        for (String prefix : BY_PREFIX.keySet()) {
            if (r.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? ZoneOffset.UTC : BY_PREFIX.get(best);
    }
}
