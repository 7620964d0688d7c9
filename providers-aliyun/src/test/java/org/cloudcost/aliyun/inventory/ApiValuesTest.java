package org.cloudcost.aliyun.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApiValuesTest {
    @Test
    void readsTheTimesTheApisWrite() {
        assertThat(ApiValues.time("2017-12-10T04:04Z")).isEqualTo(Instant.parse("2017-12-10T04:04:00Z"));
        assertThat(ApiValues.time("2014-07-24T13:00:52Z")).isEqualTo(Instant.parse("2014-07-24T13:00:52Z"));
        assertThat(ApiValues.time("2014-07-24T13:00:52.250Z")).isEqualTo(Instant.parse("2014-07-24T13:00:52.250Z"));
        assertThat(ApiValues.time("2024-01-01T08:00+08:00")).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(ApiValues.time(null)).isNull();
        assertThat(ApiValues.time(" ")).isNull();
        assertThat(ApiValues.time("yesterday")).isNull();
    }

    @Test
    void lowerCasesStatesAndSpellsInUseOneWay() {
        assertThat(ApiValues.state("Running")).isEqualTo("running");
        assertThat(ApiValues.state("Stopped")).isEqualTo("stopped");
        assertThat(ApiValues.state("Available")).isEqualTo("available");
        assertThat(ApiValues.state("InUse")).isEqualTo("in-use");
        assertThat(ApiValues.state("In_use")).isEqualTo("in-use");
        assertThat(ApiValues.state("accomplished")).isEqualTo("accomplished");
        assertThat(ApiValues.state(null)).isEmpty();
    }

    @Test
    void mapsChargeTypesToBandwidthBilling() {
        assertThat(ApiValues.billing("PayByBandwidth")).isEqualTo("fixed");
        assertThat(ApiValues.billing("PayByTraffic")).isEqualTo("traffic");
        assertThat(ApiValues.billing("paybytraffic")).isEqualTo("traffic");
        assertThat(ApiValues.billing("PayBy95")).isEmpty();
        assertThat(ApiValues.billing(null)).isEmpty();
    }

    @Test
    void keepsOnlyPositiveNumbers() {
        assertThat(ApiValues.positive("5")).isEqualTo(5.0);
        assertThat(ApiValues.positive("0")).isNull();
        assertThat(ApiValues.positive("n/a")).isNull();
        assertThat(ApiValues.positive((Integer) null)).isNull();
        assertThat(ApiValues.positive(-1)).isNull();
        assertThat(ApiValues.positive(4)).isEqualTo(4.0);
    }

    @Test
    void writesNumbersPlainAndUnknownsEmpty() {
        assertThat(InventoryRow.number(16.0)).isEqualTo("16");
        assertThat(InventoryRow.number(0.5)).isEqualTo("0.5");
        assertThat(InventoryRow.number(null)).isEmpty();
    }
}
