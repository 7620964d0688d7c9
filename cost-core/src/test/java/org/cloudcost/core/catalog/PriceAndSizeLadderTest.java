package org.cloudcost.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@link Price#cost}, {@link SizeLadder} and {@link PriceCatalog} lookups, each figure worked out by hand. */
class PriceAndSizeLadderTest {

    static Price.Tier tier(String upTo, String value) {
        return new Price.Tier(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(value));
    }

    static Price tiered(Price.Tier... tiers) {
        return new Price("k", tiers[0].value(), "CNY/GB", "s", "2026-11-22", "", List.of(tiers));
    }

    @Nested
    class Cost {
        /** CDN: 0.24 up to 10 TB, 0.23 up to 50 TB, 0.21 above. */
        final Price cdn = tiered(tier("10240", "0.24"), tier("51200", "0.23"), tier(null, "0.21"));

        @Test
        void flatPriceIsValueTimesQuantity() {
            Price p = new Price("storage.Standard.gbMonth", new BigDecimal("0.12"), "CNY/GB-month", "s", "r", "", null);
            assertThat(p.cost(100)).isEqualByComparingTo("12");
            assertThat(p.cost(0)).isEqualByComparingTo("0");
            assertThat(p.cost(0.5)).isEqualByComparingTo("0.06");
            assertThat(p.amount()).isEqualTo(0.12);
        }

        @Test
        void withinTheFirstTier() {
            assertThat(cdn.cost(5_000)).isEqualByComparingTo("1200"); // 5000 × 0.24
            assertThat(cdn.cost(10_240)).isEqualByComparingTo("2457.6"); // 10240 × 0.24, exactly the first tier
            assertThat(cdn.cost(0)).isEqualByComparingTo("0");
        }

        @Test
        void acrossTiers() {
            // 10240 × 0.24 + 50 × 0.23 = 2457.6 + 11.5
            assertThat(cdn.cost(10_290)).isEqualByComparingTo("2469.1");
            // 10240 × 0.24 + 40960 × 0.23 + 8800 × 0.21 = 2457.6 + 9420.8 + 1848
            assertThat(cdn.cost(60_000)).isEqualByComparingTo("13726.4");
        }

        @Test
        void aboveTheLastUpToTheLastPriceGoesOn() {
            // subscription bandwidth, marginal per Mbps: 23, 23, 25, 25, 29, then 29 on (no open tier given)
            Price closed = tiered(tier("2", "23"), tier("4", "25"), tier("5", "29"));
            assertThat(closed.cost(5)).isEqualByComparingTo("125"); // 46 + 50 + 29
            assertThat(closed.cost(7)).isEqualByComparingTo("183"); // 125 + 2 × 29
        }

        @Test
        void subscriptionBandwidthTotalsMatchThePriceList() {
            Price bandwidth = tiered(tier("2", "23"), tier("4", "25"), tier("5", "29"), tier(null, "80"));
            assertThat(bandwidth.cost(1)).isEqualByComparingTo("23");
            assertThat(bandwidth.cost(3)).isEqualByComparingTo("71");
            assertThat(bandwidth.cost(4)).isEqualByComparingTo("96");
            assertThat(bandwidth.cost(5)).isEqualByComparingTo("125");
            assertThat(bandwidth.cost(10)).isEqualByComparingTo("525"); // 125 + 5 × 80
            assertThat(bandwidth.cost(2.5)).isEqualByComparingTo("58.5"); // 46 + 0.5 × 25
        }

        @Test
        void overrideDropsTheTiers() {
            Price p = cdn.withValue(new BigDecimal("0.2"), "cloudcost.yaml");
            assertThat(p.tiers()).isEmpty();
            assertThat(p.cost(60_000)).isEqualByComparingTo("12000");
            assertThat(p.source()).isEqualTo("cloudcost.yaml");
            assertThat(p.note()).isEqualTo("set in the configuration");
        }
    }

    @Nested
    class Ladder {
        final SizeLadder ecs = new SizeLadder(Pattern.compile("ecs\\.[a-z0-9-]+"), sizes(
                "small", 0.5, "large", 1, "xlarge", 2, "2xlarge", 4, "3xlarge", 6, "4xlarge", 8), "s", "r");

        static Map<String, Double> sizes(Object... pairs) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
            }
            return m;
        }

        @Test
        void coversFamilyAndSize() {
            assertThat(ecs.covers("ecs.g7.2xlarge")).isTrue();
            assertThat(ecs.covers("ecs.t6-c1m2.large")).isTrue();
            assertThat(ecs.covers("ecs.g7.metal")).as("size not on the ladder").isFalse();
            assertThat(ecs.covers("rds.mysql.large")).as("family not matched").isFalse();
            assertThat(ecs.covers("large")).as("no family").isFalse();
            assertThat(ecs.covers("ecs.g7.sub.large")).as("family must match whole").isFalse();
        }

        @Test
        void unitsAndNames() {
            assertThat(ecs.units("2xlarge")).hasValue(4.0);
            assertThat(ecs.units("small")).hasValue(0.5);
            assertThat(ecs.units("huge")).isEmpty();
            assertThat(ecs.sizeNames()).containsExactly("small", "large", "xlarge", "2xlarge", "3xlarge", "4xlarge");
        }

        @Test
        void smallestFitting() {
            // 30 % of 4 units is 1.2: large (1) is too small, xlarge (2) fits
            assertThat(ecs.smallestFitting("2xlarge", 0.3)).contains("xlarge");
            // 20 % of 4 is 0.8: large (1) fits
            assertThat(ecs.smallestFitting("2xlarge", 0.2)).contains("large");
            // 10 % of 4 is 0.4: small (0.5) fits
            assertThat(ecs.smallestFitting("2xlarge", 0.1)).contains("small");
            // 50 % of 8 is exactly 4: 2xlarge
            assertThat(ecs.smallestFitting("4xlarge", 0.5)).contains("2xlarge");
            // 70 % of 8 is 5.6: 3xlarge (6)
            assertThat(ecs.smallestFitting("4xlarge", 0.7)).contains("3xlarge");
            // all of it: nothing smaller carries the load
            assertThat(ecs.smallestFitting("2xlarge", 1.0)).isEmpty();
            assertThat(ecs.smallestFitting("small", 0.1)).as("already the smallest").isEmpty();
            assertThat(ecs.smallestFitting("metal", 0.1)).isEmpty();
        }

        @Test
        void stepDown() {
            assertThat(ecs.stepDown("4xlarge", 1)).contains("3xlarge");
            assertThat(ecs.stepDown("4xlarge", 2)).contains("2xlarge");
            assertThat(ecs.stepDown("large", 1)).contains("small");
            assertThat(ecs.stepDown("small", 1)).isEmpty();
            assertThat(ecs.stepDown("metal", 1)).isEmpty();
        }
    }

    @Nested
    class Catalog {
        final PriceCatalog catalog = new PriceCatalog("AWS", List.of("Amazon Web Services"), "USD", "us-east-1",
                Map.of("ip.idle.hour", new Price("ip.idle.hour", new BigDecimal("0.005"), "USD/h", "s", "2024-02-01", "", null)),
                List.of(), Map.of("hot", List.of("STANDARD")));

        @Test
        void answersToNameAndAliases() {
            assertThat(catalog.answersTo("aws")).isTrue();
            assertThat(catalog.answersTo("Amazon Web Services")).isTrue();
            assertThat(catalog.answersTo("Alibaba Cloud")).isFalse();
            assertThat(catalog.answersTo(null)).isFalse();
        }

        @Test
        void overridesReplaceValues() {
            PriceCatalog mine = catalog.withOverrides(Map.of("ip.idle.hour", new BigDecimal("0.004")));
            assertThat(mine.price("ip.idle.hour").orElseThrow().value()).isEqualByComparingTo("0.004");
            assertThat(catalog.price("ip.idle.hour").orElseThrow().value()).as("the original is unchanged")
                    .isEqualByComparingTo("0.005");
            assertThatThrownBy(() -> catalog.withOverrides(Map.of("nope.key", BigDecimal.ONE)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope.key");
        }

        @Test
        void catalogsFindByAlias() {
            PriceCatalogs all = PriceCatalogs.of(List.of(catalog));
            assertThat(all.find("AMAZON WEB SERVICES")).contains(catalog);
            assertThat(all.providers()).containsExactly("AWS");
            assertThatThrownBy(() -> all.withOverrides(Map.of("Azure", Map.of("x.y", BigDecimal.ONE))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Azure");
        }
    }
}
