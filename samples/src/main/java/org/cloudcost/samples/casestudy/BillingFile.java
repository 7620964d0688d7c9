package org.cloudcost.samples.casestudy;

import static org.cloudcost.samples.casestudy.CaseStudyEstate.MONTH;
import static org.cloudcost.samples.casestudy.CaseStudyEstate.REGION;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;

/** The month's bill as Alibaba Cloud's FOCUS export: one line per resource and day, plus credits, tax and free lines. */
final class BillingFile {
    private static final String PROVIDER = "Alibaba Cloud";

    private BillingFile() {
    }

    /** Writes the bill and returns BilledCost by ServiceCategory. */
    static Map<String, BigDecimal> write(EstateItems estate, Path file) throws IOException {
        Map<String, BigDecimal> spend = new LinkedHashMap<>();
        int days = MONTH.lengthOfMonth();
        try (CsvFileWriter out = CsvFileWriter.create(file, CanonicalCsv.FOCUS_BILLING)) {
            for (Item item : estate.items) {
                BigDecimal[] daily = Cents.evenly(item.monthlyCost(), days);
                for (int d = 0; d < days; d++) {
                    line(out, item, MONTH.atDay(d + 1), daily[d], "Usage", "Hours".equals(item.pricingUnit()) ? "24" : "");
                }
                spend.merge(item.category(), item.monthlyCost(), BigDecimal::add);
            }
            for (int d = 0; d < days; d++) { // inbound traffic is free, and the bill says so
                Item free = Item.of("corp-app-logs", "Storage", "Object Storage Service").bill("Bucket", "oss.internet.in", "GB")
                        .build();
                line(out, free, MONTH.atDay(d + 1), BigDecimal.ZERO.setScale(2), "Usage", "");
            }
            for (Item adjustment : estate.adjustments) {
                String category = adjustment.monthlyCost().signum() < 0 ? "Credit" : "Tax";
                line(out, adjustment, MONTH.atDay(category.equals("Credit") ? 15 : days), adjustment.monthlyCost(), category, "1");
                spend.merge(adjustment.category(), adjustment.monthlyCost(), BigDecimal::add);
            }
        }
        return spend;
    }

    private static void line(CsvFileWriter out, Item item, LocalDate day, BigDecimal cost, String chargeCategory,
                             String quantity) throws IOException {
        String c = cost.toPlainString();
        String list = chargeCategory.equals("Usage") ? c : "0.00";
        out.row(c, c, list, "CNY", CaseStudyData.BILLING_ACCOUNT, item.id().isEmpty() ? "" : item.account(),
                MONTH.atDay(1) + "T00:00:00Z", MONTH.plusMonths(1).atDay(1) + "T00:00:00Z", day + "T00:00:00Z",
                day.plusDays(1) + "T00:00:00Z", chargeCategory, item.category(), item.service(), PROVIDER,
                item.id().isEmpty() ? "" : REGION, item.id(), item.billType(), item.sku(), quantity, item.pricingUnit(),
                Tags.json(item.tags()));
    }
}
