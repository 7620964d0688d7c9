package org.cloudcost.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The hour-of-day clock of a region: configured, else the region's, else UTC. */
class ZoneOfTest {
    @Test
    void theRegionsZoneUnlessOneIsConfigured() {
        CloudcostConfig defaults = CloudcostConfig.defaults();
        assertThat(defaults.zoneOf("cn-hangzhou")).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(defaults.zoneOf("us-east-1")).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(defaults.zoneOf("")).isEqualTo(ZoneOffset.UTC);
        assertThat(defaults.zoneOf(null)).isEqualTo(ZoneOffset.UTC);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(defaults.withTimeZone(berlin).zoneOf("cn-hangzhou")).isEqualTo(berlin);
    }
}
