package org.cloudcost.aws.cur;

import org.cloudcost.aws.cur.internal.CurDialect;
import org.cloudcost.aws.cur.internal.CurRowMapper;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;

/**
 * The AWS CUR 2.0 export of AWS Data Exports as CSV, plain or gzip, as a billing format, id
 * {@code aws-cur2}: snake-case headers ({@code line_item_line_item_type},
 * {@code line_item_unblended_cost}, …) with the map columns {@code product},
 * {@code resource_tags} and {@code cost_category} written as JSON objects. A legacy report that
 * Athena flattened into the same snake-case names (tags as {@code resource_tags_user_<key>}
 * columns) is read by this format too.
 *
 * <pre>{@code
 * CostDataset ds = CostDataset.read().billing(Path.of("cur2-2026-10.csv.gz")).load();   // recognised by its header
 * CostDataset forced = CostDataset.read().billingFormat("aws-cur2").billing(Path.of("export.csv")).load();
 * }</pre>
 *
 * <p>The mapping is that of {@link CurCsvFormat}, column for column: <b>BilledCost is
 * {@code line_item_unblended_cost}</b>; EffectiveCost is
 * {@code savings_plan_savings_plan_effective_cost} for {@code SavingsPlanCoveredUsage},
 * {@code reservation_effective_cost} for {@code DiscountedUsage} (net columns when present), 0
 * for Savings Plan negations and upfront fees, the unused commitment for recurring Savings Plan
 * and RI fees, and {@code line_item_net_unblended_cost} when present, else the unblended cost,
 * for every other line. Tags are the {@code user_…} keys of {@code resource_tags};
 * {@code product_instance_type} (else the {@code product} map's {@code instance_type}) is the
 * SkuId. {@code cost_category} is not read. The whole mapping is documented in
 * {@code docs/aws-cur.md}.
 */
public final class Cur2CsvFormat implements BillingFormat {

    /** The id a user forces with {@code --billing-format aws-cur2}. */
    public static final String ID = "aws-cur2";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "AWS CUR 2.0 (Data Exports) CSV (line_item_... headers, JSON map columns; plain or .gz)";
    }

    @Override
    public boolean matches(CsvHeader header) {
        return CurDialect.CUR2.matches(header);
    }

    /**
     * @throws org.cloudcost.core.InputException when {@code line_item_unblended_cost},
     *         {@code line_item_line_item_type}, {@code line_item_usage_start_date} or
     *         {@code line_item_currency_code} is missing
     */
    @Override
    public BillingRowMapper bind(CsvHeader header, BillingContext context) {
        return new CurRowMapper(header, CurDialect.CUR2);
    }
}
