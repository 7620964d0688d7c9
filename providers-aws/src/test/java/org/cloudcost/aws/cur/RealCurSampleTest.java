package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real anonymised legacy CUR of the FinOps Foundation's converter tests
 * ({@code ../shared/data/aws-cur-legacy-anon}, 1,281 line items, 94 columns; skipped where
 * {@code ../shared} is absent), read through the format registry and reconciled against a total
 * this test computes on its own, with a plain CSV parse and BigDecimal.
 */
class RealCurSampleTest {
    Path sample;

    @BeforeEach
    void locate() {
        sample = SharedSamples.require("aws-cur-legacy-anon/sample-anonymous-aws-export-dataset.csv");
    }

    @Test
    void loadsThroughTheRegistryAndReconcilesToTheCent() throws IOException {
        BigDecimal independent = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal list = BigDecimal.ZERO;
        int lines = 0;
        try (BufferedReader in = Files.newBufferedReader(sample, StandardCharsets.UTF_8)) {
            List<String> header = fields(in.readLine());
            int cost = header.indexOf("lineItem/UnblendedCost");
            int type = header.indexOf("lineItem/LineItemType");
            int onDemand = header.indexOf("pricing/publicOnDemandCost");
            assertThat(header).hasSize(94);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> f = fields(line);
                assertThat(f).as("line " + (lines + 2)).hasSize(94);
                BigDecimal amount = new BigDecimal(f.get(cost));
                independent = independent.add(amount);
                if (!f.get(onDemand).isEmpty()) {
                    list = list.add(new BigDecimal(f.get(onDemand)));
                }
                if (f.get(type).equals("Tax")) {
                    tax = tax.add(amount);
                }
                lines++;
            }
        }
        assertThat(lines).isEqualTo(1281);

        CostDataset ds = CostDataset.read().billing(sample).load();
        var file = ds.readReport().files().get(0);
        assertThat(file.format()).isEqualTo("aws-cur");
        assertThat(file.dataLines()).isEqualTo(1281);
        assertThat(ds.readReport().skipped()).isEmpty();
        assertThat(ds.readReport().sourceBilledCost().get("USD")).isEqualByComparingTo(independent);

        var spend = ds.spend();
        assertThat(spend.currency()).isEqualTo("USD");
        assertThat(spend.billingPeriod()).isEqualTo("2023-11");
        assertThat(cents(spend.totalBilledCost())).isEqualByComparingTo(cents(independent));
        assertThat(spend.reconciliation().reconciled()).as(spend.reconciliation().toString()).isTrue();
        assertThat(cents(spend.byChargeCategory().get("Tax"))).isEqualByComparingTo(cents(tax));
        assertThat(spend.byChargeCategory()).containsOnlyKeys("Usage", "Tax");
        // no Savings Plan or RI lines, no net column: EffectiveCost is the unblended cost
        assertThat(cents(spend.totalEffectiveCost())).isEqualByComparingTo(cents(independent));
        // free-tier usage is listed at its on-demand price but billed 0: ListCost is about twice BilledCost here
        assertThat(cents(spend.totalListCost())).isEqualByComparingTo(cents(list));
        assertThat(spend.byServiceCategory()).containsKeys("Storage", "Analytics", "Integration", "Security");
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** The fields of one CSV line (quoted fields with commas; the sample has no line breaks inside fields). */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
