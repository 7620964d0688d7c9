package org.cloudcost.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.SizeLadder;
import org.cloudcost.core.testing.PriceCatalogContract;
import org.junit.jupiter.api.Test;

/** The shipped Alibaba Cloud catalog: found through ServiceLoader, complete for the documented keys, figures as sourced. */
class AliyunPriceCatalogTest extends PriceCatalogContract {
    AliyunPriceCatalogTest() {
        super("Alibaba Cloud", new AliyunPriceCatalogProvider(), "CNY", "cn-hangzhou");
    }

    @Override
    protected List<String> aliases() {
        return List.of("Alibaba Cloud", "Alibaba", "Aliyun", "AlibabaCloud", "Alibaba Cloud (Aliyun)", "aliyun",
                "ALIBABA CLOUD", "阿里云");
    }
    static final List<String> CLASSES = List.of("Standard", "IA", "Archive", "ColdArchive", "DeepColdArchive");

    /**
     * The keys of docs/price-catalog.md that apply to Alibaba Cloud. Left out, for want of a source:
     * storage.DeepColdArchive.gbMonth and .retrievalGb.
     */
    @Override
    protected List<String> expectedKeys() {
        List<String> keys = new ArrayList<>();
        for (String c : CLASSES) {
            keys.add("storage." + c + ".minDays");
            if (!c.equals("DeepColdArchive")) {
                keys.add("storage." + c + ".gbMonth");
                keys.add("storage." + c + ".retrievalGb");
            }
            if (!c.equals("Standard")) {
                keys.add("storage." + c + ".transitionPer1k");
            }
        }
        keys.addAll(List.of("snapshot.gbMonth", "ip.idle.hour", "bandwidth.fixed.mbpsMonth", "traffic.internet.gb",
                "cdn.traffic.gb", "compute.stoppedShare", "database.serverless.unitHour", "database.serverless.minUnits",
                "database.serverless.vcpuPerUnit"));
        return keys;
    }

    @Test
    void storageRolesNameTheOssClasses() {
        assertThat(catalog.storageClass("hot")).contains("Standard");
        assertThat(catalog.storageClass("infrequent")).contains("IA");
        assertThat(catalog.storageClass("archive")).contains("Archive");
        assertThat(catalog.storageClass("coldArchive")).contains("ColdArchive");
    }

    @Test
    void spotValuesMatchTheSources() {
        assertThat(price("storage.Standard.gbMonth")).isEqualTo(0.12);
        assertThat(price("storage.IA.gbMonth")).isEqualTo(0.08);
        assertThat(price("storage.Archive.gbMonth")).isEqualTo(0.033);
        assertThat(price("storage.ColdArchive.gbMonth")).isEqualTo(0.015);
        assertThat(price("storage.IA.minDays")).isEqualTo(30);
        assertThat(price("storage.Archive.minDays")).isEqualTo(60);
        assertThat(price("storage.ColdArchive.minDays")).isEqualTo(180);
        assertThat(price("storage.DeepColdArchive.minDays")).isEqualTo(180);
        assertThat(price("storage.IA.retrievalGb")).isEqualTo(0.0325);
        assertThat(price("storage.IA.transitionPer1k")).as("0.01 CNY per 10,000 PUT").isEqualTo(0.001);
        assertThat(price("snapshot.gbMonth")).isEqualTo(0.12);
        assertThat(price("ip.idle.hour")).isEqualTo(0.02);
        assertThat(price("traffic.internet.gb")).isEqualTo(0.80);
        assertThat(price("compute.stoppedShare")).isEqualTo(1.0);
        assertThat(price("database.serverless.vcpuPerUnit")).isEqualTo(1.0);
        assertThat(catalog.price("database.serverless.unitHour").orElseThrow().note()).containsIgnoringCase("approximate");
    }

    @Test
    void tieredPricesAddUpAsThePriceLists() {
        Price bandwidth = catalog.price("bandwidth.fixed.mbpsMonth").orElseThrow();
        assertThat(bandwidth.cost(1)).isEqualByComparingTo("23");
        assertThat(bandwidth.cost(2)).isEqualByComparingTo("46");
        assertThat(bandwidth.cost(3)).isEqualByComparingTo("71");
        assertThat(bandwidth.cost(4)).isEqualByComparingTo("96");
        assertThat(bandwidth.cost(5)).isEqualByComparingTo("125");
        assertThat(bandwidth.cost(7)).as("the ECS example: 125 + 2 × 80").isEqualByComparingTo("285");

        Price payg = catalog.price("bandwidth.fixed.mbpsHour").orElseThrow();
        assertThat(payg.cost(2)).isEqualByComparingTo("0.126");
        assertThat(payg.cost(20)).as("5 × 0.063 + 15 × 0.248").isEqualByComparingTo("4.035");

        Price cdn = catalog.price("cdn.traffic.gb").orElseThrow();
        // the CDN document's example: (10200 + 40) × 0.24 + 50 × 0.23
        assertThat(cdn.cost(10_290)).isEqualByComparingTo("2469.1");
    }

    @Test
    void ecsLadderIsTheVcpuRatio() {
        SizeLadder ladder = catalog.sizeLadder("ecs.g7.2xlarge").orElseThrow();
        assertThat(ladder.units("large")).hasValue(1.0); // 2 vCPU
        assertThat(ladder.units("2xlarge")).hasValue(4.0); // 8 vCPU
        assertThat(ladder.units("3xlarge")).hasValue(6.0); // 12 vCPU
        assertThat(ladder.units("32xlarge")).hasValue(64.0); // 128 vCPU
        assertThat(ladder.smallestFitting("4xlarge", 0.3)).contains("2xlarge"); // 30 % of 8 units is 2.4
        assertThat(ladder.smallestFitting("4xlarge", 0.7)).contains("3xlarge"); // 70 % of 8 units is 5.6
        assertThat(catalog.sizeLadder("ecs.c7.xlarge")).isPresent();
        assertThat(catalog.sizeLadder("ecs.t6-c1m2.large")).isPresent();
        assertThat(catalog.sizeLadder("ecs.sn1ne.large")).isPresent();
        assertThat(catalog.sizeLadder("ecs.sn1.large")).as("retired family, other size names").isEmpty();
        assertThat(catalog.sizeLadder("ecs.g7.medium")).isEmpty();
        assertThat(catalog.sizeLadder("rds.mysql.s3.large")).isEmpty();
    }
}
