package org.cloudcost.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.SizeLadder;
import org.cloudcost.core.testing.PriceCatalogContract;
import org.junit.jupiter.api.Test;

/** The shipped AWS catalog: found through ServiceLoader, complete for the documented keys, figures as sourced. */
class AwsPriceCatalogTest extends PriceCatalogContract {
    AwsPriceCatalogTest() {
        super("AWS", new AwsPriceCatalogProvider(), "USD", "us-east-1");
    }

    @Override
    protected List<String> aliases() {
        return List.of("AWS", "aws", "Amazon Web Services", "Amazon", "amazon web services");
    }
    static final List<String> CLASSES = List.of("STANDARD", "STANDARD_IA", "ONEZONE_IA", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE");

    /** The keys of docs/price-catalog.md that apply to AWS (not bandwidth.fixed.mbpsMonth: AWS sells no fixed bandwidth). */
    @Override
    protected List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (String c : CLASSES) {
            keys.add("storage." + c + ".gbMonth");
            keys.add("storage." + c + ".minDays");
            keys.add("storage." + c + ".retrievalGb");
            if (!c.equals("STANDARD")) {
                keys.add("storage." + c + ".transitionPer1k");
            }
        }
        keys.addAll(List.of("snapshot.gbMonth", "ip.idle.hour", "traffic.internet.gb", "cdn.traffic.gb",
                "compute.stoppedShare", "database.serverless.unitHour", "database.serverless.minUnits",
                "database.serverless.vcpuPerUnit"));
        return keys;
    }

    @Test
    void keysThatDoNotApplyAreAbsent() {
        assertThat(catalog.price("bandwidth.fixed.mbpsMonth")).isEmpty();
    }

    @Test
    void storageRolesNameTheS3Classes() {
        assertThat(catalog.storageClass("hot")).contains("STANDARD");
        assertThat(catalog.storageClasses("infrequent")).containsExactly("STANDARD_IA", "ONEZONE_IA");
        assertThat(catalog.storageClasses("archive")).containsExactly("GLACIER_IR", "GLACIER");
        assertThat(catalog.storageClass("coldArchive")).contains("DEEP_ARCHIVE");
    }

    @Test
    void spotValuesMatchTheSources() {
        assertThat(price("storage.STANDARD.gbMonth")).isEqualTo(0.023);
        assertThat(price("storage.STANDARD_IA.gbMonth")).isEqualTo(0.0125);
        assertThat(price("storage.GLACIER.gbMonth")).isEqualTo(0.0036);
        assertThat(price("storage.DEEP_ARCHIVE.gbMonth")).isEqualTo(0.00099);
        assertThat(price("storage.STANDARD_IA.minDays")).isEqualTo(30);
        assertThat(price("storage.GLACIER_IR.minDays")).isEqualTo(90);
        assertThat(price("storage.DEEP_ARCHIVE.minDays")).isEqualTo(180);
        assertThat(price("storage.GLACIER.transitionPer1k")).isEqualTo(0.03);
        assertThat(price("storage.DEEP_ARCHIVE.transitionPer1k")).isEqualTo(0.05);
        assertThat(price("snapshot.gbMonth")).isEqualTo(0.05);
        assertThat(price("ip.idle.hour")).isEqualTo(0.005);
        assertThat(price("compute.stoppedShare")).isEqualTo(1.0);
        assertThat(price("database.serverless.unitHour")).isEqualTo(0.12);
        assertThat(price("database.serverless.minUnits")).isEqualTo(0.5);
    }

    @Test
    void tieredPricesAddUpAsTheSources() {
        Price egress = catalog.price("traffic.internet.gb").orElseThrow();
        assertThat(egress.amount()).isEqualTo(0.09);
        // infracost's us-east-1 golden lines: 921.60 + 3,481.60 + 406.00 for 57,000 GB
        assertThat(egress.cost(10_240)).isEqualByComparingTo("921.6");
        assertThat(egress.cost(57_000)).isEqualByComparingTo("4809.2");
        // above 150 TB: 0.05
        assertThat(egress.cost(157_000)).isEqualByComparingTo("11741.2"); // 921.6 + 3481.6 + 7168 + 3400 × 0.05

        Price cdn = catalog.price("cdn.traffic.gb").orElseThrow();
        assertThat(cdn.cost(10_240)).isEqualByComparingTo("870.4"); // 10240 × 0.085
        assertThat(cdn.cost(20_480)).isEqualByComparingTo("1689.6"); // + 10240 × 0.080
    }

    @Test
    void ec2LadderIsTheNormalizationFactors() {
        SizeLadder ladder = catalog.sizeLadder("m6i.2xlarge").orElseThrow();
        // m6i on-demand, us-east-1: large 0.096, xlarge 0.192, 8xlarge 1.536 (ratio 2 and 16)
        assertThat(ladder.units("xlarge").getAsDouble() / ladder.units("large").getAsDouble()).isEqualTo(2.0);
        assertThat(ladder.units("8xlarge").getAsDouble() / ladder.units("large").getAsDouble()).isCloseTo(1.536 / 0.096, within(1e-9));
        assertThat(ladder.units("nano")).hasValue(0.25);
        assertThat(ladder.units("112xlarge")).hasValue(896.0);
        assertThat(catalog.sizeLadder("c6i.large")).isPresent();
        assertThat(catalog.sizeLadder("r6g.8xlarge")).isPresent();
        assertThat(catalog.sizeLadder("t3.micro")).isPresent();
        assertThat(catalog.sizeLadder("m5.metal")).as("metal factors depend on the family").isEmpty();
    }

    @Test
    void rdsLadderIsTheNormalizedUnits() {
        SizeLadder ladder = catalog.sizeLadder("db.r6g.xlarge").orElseThrow();
        assertThat(ladder.units("large")).hasValue(4.0);
        assertThat(ladder.units("xlarge")).hasValue(8.0);
        assertThat(ladder.units("micro")).hasValue(0.5);
        assertThat(ladder.smallestFitting("2xlarge", 0.4)).contains("xlarge"); // 40 % of 16 units is 6.4
        assertThat(catalog.sizeLadder("db.serverless")).isEmpty();
    }
}
