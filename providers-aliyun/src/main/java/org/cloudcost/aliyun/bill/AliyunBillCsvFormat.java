package org.cloudcost.aliyun.bill;

import java.nio.charset.Charset;

import org.cloudcost.core.InputException;
import org.cloudcost.core.format.BillingContext;
import org.cloudcost.core.format.BillingFormat;
import org.cloudcost.core.format.BillingRowMapper;
import org.cloudcost.core.format.CsvHeader;

/**
 * The Alibaba Cloud bill-detail CSV (明细账单, "Billing Details" export of Expenses and Costs, and
 * the bill-subscription detail file) as a billing format, id {@code aliyun-bill}. Registered
 * through {@code META-INF/services/org.cloudcost.core.format.BillingFormat}, so a bill is read
 * like any other billing file once {@code providers-aliyun} is on the class path:
 *
 * <pre>{@code
 * CostDataset ds = CostDataset.read().billing(Path.of("bill-2026-10.csv")).load();   // recognised by its header
 * CostDataset forced = CostDataset.read().billingFormat("aliyun-bill").billing(Path.of("bill.csv")).load();
 * }</pre>
 *
 * <p>Recognised by its columns, with the legacy Chinese header (账期, 产品Code, 实例ID, 原价,
 * 应付金额, 消费时间, …) or the English one (Billing Cycle, Product Code, Instance ID, Pretax Gross
 * Amount, Pretax Amount, …); a FOCUS export, Alibaba's included, stays with the {@code focus}
 * format. The file may be UTF-8, UTF-8 with a byte-order mark, or GBK, told from its bytes
 * (never guessed: a file in another encoding is an error naming it). 应付金额 is the BilledCost,
 * also the EffectiveCost; 原价 the ListCost; the day is the bill's China (UTC+8) calendar day.
 * The whole mapping is documented in {@code docs/aliyun-bill.md}.
 */
public final class AliyunBillCsvFormat implements BillingFormat {

    /** The id a user forces with {@code --billing-format aliyun-bill}. */
    public static final String ID = "aliyun-bill";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Alibaba Cloud bill details CSV (Chinese or English header; UTF-8 or GBK)";
    }

    /** True for a bill-detail header, and for a Chinese one read in the wrong encoding (so that {@link #bind} can say so). */
    @Override
    public boolean matches(CsvHeader header) {
        return BillHeaders.isBill(header) || BillHeaders.isGarbledBill(header);
    }

    /** UTF-8 (with or without a byte-order mark) or GBK, from the first bytes; see {@code BillEncoding}. */
    @Override
    public Charset charset(byte[] sample) {
        return BillEncoding.of(sample);
    }

    /**
     * @throws InputException when the header is not text in UTF-8 or GBK, or misses 应付金额
     *         (Pretax Amount), 产品Code (Product Code) or every date column
     */
    @Override
    public BillingRowMapper bind(CsvHeader header, BillingContext context) {
        int garbled = BillHeaders.firstGarbled(header);
        if (garbled >= 0) {
            throw new InputException(header.file(), 1, garbled + 1, null, "the header is neither UTF-8 text nor a GBK bill header;"
                    + " save the bill as CSV in UTF-8 (or GBK) and read it again");
        }
        return new BillRowMapper(header);
    }
}
