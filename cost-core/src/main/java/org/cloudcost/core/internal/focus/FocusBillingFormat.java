package org.cloudcost.core.internal.focus;

import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;

/**
 * FOCUS (FinOps Open Cost and Usage Specification) 1.0 to 1.3 as CSV: the export of AWS Data
 * Exports, Alibaba Cloud bill subscription, Azure, OCI and GCP. Recognised by the FOCUS cost
 * and charge-period columns; the version is told by the columns each version added.
 */
public final class FocusBillingFormat implements BillingFormat {

    @Override
    public String id() {
        return "focus";
    }

    @Override
    public String description() {
        return "FOCUS 1.0-1.3 CSV (AWS Data Exports, Alibaba Cloud, Azure, OCI, GCP)";
    }

    /**
     * Columns every FOCUS version has; a header with at least {@link #SIGNATURE_MATCHES} of them
     * is FOCUS, so a file missing one mandatory column is still recognised and then told which.
     */
    private static final java.util.List<String> SIGNATURE = java.util.List.of(FocusColumns.BILLED_COST,
            FocusColumns.CHARGE_PERIOD_START, FocusColumns.BILLING_CURRENCY, FocusColumns.CHARGE_CATEGORY,
            FocusColumns.SERVICE_CATEGORY, FocusColumns.SERVICE_NAME, FocusColumns.BILLING_PERIOD_START,
            FocusColumns.EFFECTIVE_COST, FocusColumns.LIST_COST, "ChargePeriodEnd", "BillingPeriodEnd");
    private static final int SIGNATURE_MATCHES = 4;

    @Override
    public boolean matches(CsvHeader header) {
        return SIGNATURE.stream().filter(header::has).count() >= SIGNATURE_MATCHES;
    }

    @Override
    public BillingRowMapper bind(CsvHeader header, BillingContext context) {
        return new FocusRowMapper(header);
    }

    /**
     * The FOCUS version a header follows, told by the columns each version added: 1.3
     * {@code ServiceProviderName}/{@code HostProviderName}; 1.2 {@code InvoiceId},
     * {@code PricingCurrency}; 1.1 {@code ServiceSubcategory}, {@code CommitmentDiscountQuantity}.
     */
    public static String version(CsvHeader header) {
        if (header.has("ServiceProviderName") || header.has("HostProviderName")) {
            return "1.3";
        }
        if (header.has("InvoiceId") || header.has("PricingCurrency")) {
            return "1.2";
        }
        if (header.has("ServiceSubcategory") || header.has("CommitmentDiscountQuantity")) {
            return "1.1";
        }
        return "1.0";
    }
}
