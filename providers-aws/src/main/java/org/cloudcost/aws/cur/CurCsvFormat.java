package org.cloudcost.aws.cur;

import org.cloudcost.aws.cur.internal.CurDialect;
import org.cloudcost.aws.cur.internal.CurRowMapper;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;

/**
 * The legacy AWS Cost and Usage Report (CUR) as CSV, plain or gzip, as a billing format, id
 * {@code aws-cur}. Registered through
 * {@code META-INF/services/org.cloudcost.core.format.BillingFormat}, so a report is read like any
 * other billing file once {@code providers-aws} is on the class path:
 *
 * <pre>{@code
 * CostDataset ds = CostDataset.read().billing(Path.of("cur-2026-10-00001.csv.gz")).load();   // recognised by its header
 * CostDataset forced = CostDataset.read().billingFormat("aws-cur").billing(Path.of("cur.csv")).load();
 * }</pre>
 *
 * <p>Recognised by its {@code group/Name} header ({@code lineItem/LineItemType},
 * {@code lineItem/UsageStartDate}, {@code lineItem/UnblendedCost}, {@code lineItem/CurrencyCode},
 * …), matched without regard to case; columns cloudcost does not read are ignored, and optional
 * ones a month lacks are read as empty. Records are streamed, one at a time.
 *
 * <p>The cost columns: <b>BilledCost is {@code lineItem/UnblendedCost}</b> (its exact sum is the
 * reconciliation's source total). <b>EffectiveCost</b> is
 * {@code savingsPlan/SavingsPlanEffectiveCost} for {@code SavingsPlanCoveredUsage},
 * {@code reservation/EffectiveCost} for {@code DiscountedUsage} (their net columns when present),
 * 0 for {@code SavingsPlanNegation}, {@code SavingsPlanUpfrontFee} and an RI's upfront
 * {@code Fee}, the unused commitment for {@code SavingsPlanRecurringFee} and {@code RIFee}, and
 * {@code lineItem/NetUnblendedCost} when present, else the unblended cost, for every other line.
 * ListCost is {@code pricing/publicOnDemandCost}. {@code lineItem/LineItemType} decides the
 * ChargeCategory ({@code SavingsPlanNegation}, {@code Credit}, {@code Refund} are credits).
 * {@code resourceTags/user:<key>} columns are the tags, {@code product/instanceType} the SkuId.
 * The whole mapping is documented in {@code docs/aws-cur.md}.
 */
public final class CurCsvFormat implements BillingFormat {

    /** The id a user forces with {@code --billing-format aws-cur}. */
    public static final String ID = "aws-cur";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "AWS Cost and Usage Report, legacy CSV (lineItem/... headers; plain or .gz)";
    }

    @Override
    public boolean matches(CsvHeader header) {
        return CurDialect.LEGACY.matches(header);
    }

    /**
     * @throws org.cloudcost.core.InputException when {@code lineItem/UnblendedCost},
     *         {@code lineItem/LineItemType}, {@code lineItem/UsageStartDate} or
     *         {@code lineItem/CurrencyCode} is missing
     */
    @Override
    public BillingRowMapper bind(CsvHeader header, BillingContext context) {
        return new CurRowMapper(header, CurDialect.LEGACY);
    }
}
