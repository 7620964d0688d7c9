package org.cloudcost.core.format;

import java.time.ZoneOffset;

/**
 * A billing format that exists only in the tests, registered through
 * {@code META-INF/services} like a provider's: proves core finds formats it does not know.
 */
public final class PettyCashFormat implements BillingFormat {
    @Override
    public String id() {
        return "petty-cash";
    }

    @Override
    public String description() {
        return "test-only petty-cash ledger";
    }

    @Override
    public boolean matches(CsvHeader header) {
        return header.has("Voucher") && header.has("Amount");
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public BillingRowMapper bind(CsvHeader header, BillingContext context) {
        int amount = header.require("Amount");
        int day = header.require("Day");
        int voucher = header.require("Voucher");
        return BillingRowMapper.of(amount, (row, line) -> {
            line.currency("EUR").chargeCategory("Usage").serviceCategory("Other").serviceName("Petty cash")
                    .chargeDay(row.epochDay(day, ZoneOffset.UTC))
                    .billedCost(row.decimal(amount));
            if (row.equalsIgnoreCase(voucher, "void")) {
                line.skip("voided voucher");
            }
        });
    }
}
