package org.cloudcost.core.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cloudcost.core.catalog.Price;
import org.cloudcost.core.catalog.PriceCatalog;
import org.cloudcost.core.catalog.PriceCatalogs;
import org.cloudcost.core.rules.Resource;
import org.cloudcost.core.rules.RuleContext;
import org.cloudcost.core.rules.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogChecksTest {
    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final PriceCatalog ALIYUN = new PriceCatalog("Alibaba Cloud", List.of("Aliyun"), "CNY", "cn-hangzhou",
            Map.of("ip.idle.hour", new Price("ip.idle.hour", new BigDecimal("0.02"), "CNY/h", "test", "2026-11-01", "",
                    List.of())), List.of(), Map.of());

    @TempDir
    Path dir;

    private RuleContext billedIn(String provider, String currency) {
        return RuleFixture.in(dir).provider(provider, "cn-hangzhou", currency)
                .dailyCost("eip-1", "Networking", "Elastic IP Address", "EIP", 1, OCT_1, 31)
                .catalogs(PriceCatalogs.of(List.of(ALIYUN))).context();
    }

    @Test
    void theResourcesCatalogInTheReportingCurrency() {
        RuleContext context = billedIn("Aliyun", "CNY");
        Resource ip = context.resource("eip-1").orElseThrow();
        CatalogChecks.Found found = CatalogChecks.forResource(context, ip);
        assertThat(found.catalog()).contains(ALIYUN);
        assertThat(found.currency()).isEqualTo("CNY");
        assertThat(found.skipReason()).isEmpty();
    }

    @Test
    void aCatalogInAnotherCurrencyIsASkipWithTheReason() {
        RuleContext context = billedIn("Alibaba Cloud", "USD");
        CatalogChecks.Found found = CatalogChecks.forResource(context, context.resource("eip-1").orElseThrow());
        assertThat(found.catalog()).isEmpty();
        assertThat(found.skipReason()).isEqualTo("the Alibaba Cloud catalog prices in CNY, the report is in USD");
    }

    @Test
    void anUnknownProviderIsASkipWithTheReason() {
        RuleContext context = billedIn("Example Cloud", "CNY");
        CatalogChecks.Found found = CatalogChecks.forResource(context, context.resource("eip-1").orElseThrow());
        assertThat(found.catalog()).isEmpty();
        assertThat(found.currency()).isEmpty();
        assertThat(found.skipReason()).isEqualTo("no price catalog for provider \"Example Cloud\"");
    }

    @Test
    void aReportWithoutACurrencyTakesTheCatalogs() {
        assertThat(CatalogChecks.inReportingCurrency(ALIYUN, "").currency()).isEqualTo("CNY");
        assertThat(CatalogChecks.inReportingCurrency(ALIYUN, "CNY").catalog()).contains(ALIYUN);
        assertThat(CatalogChecks.inReportingCurrency(ALIYUN, "EUR").skipReason())
                .isEqualTo("the Alibaba Cloud catalog prices in CNY, the report is in EUR");
    }

    @Test
    void missingPricesAreNamed() {
        assertThat(CatalogChecks.missingPrice(ALIYUN, "ip.idle.hour")).isEmpty();
        assertThat(CatalogChecks.missingPrice(ALIYUN, "ip.idle.hour", "snapshot.gbMonth", "cdn.traffic.gb"))
                .contains("no price snapshot.gbMonth in the Alibaba Cloud catalog");
        assertThat(CatalogChecks.noPrice(ALIYUN, "traffic.internet.gb", "cdn.traffic.gb"))
                .isEqualTo("no price traffic.internet.gb, cdn.traffic.gb in the Alibaba Cloud catalog");
    }
}
