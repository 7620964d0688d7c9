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

    @Override
    public boolean matches(CsvHeader header) {
        return header.has(FocusColumns.BILLED_COST) && header.has(FocusColumns.CHARGE_PERIOD_START)
                && (header.has(FocusColumns.BILLING_CURRENCY) || header.has(FocusColumns.CHARGE_CATEGORY));
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
