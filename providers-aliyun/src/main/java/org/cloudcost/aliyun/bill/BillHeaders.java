package org.cloudcost.aliyun.bill;

import java.util.List;

import org.cloudcost.core.format.CsvHeader;

/**
 * Tells an Alibaba Cloud bill-detail header from other CSV headers: by its columns, in Chinese
 * or English, and, for a file in an encoding that is neither UTF-8 nor GBK, by what is left of a
 * Chinese header once decoded (the ASCII tails of {@code 产品Code} and {@code 实例ID}).
 */
final class BillHeaders {
    /** The U+FFFD a decoder puts where bytes are not text in its charset. */
    static final char REPLACEMENT = '\uFFFD';

    /** Columns of which a bill header has at least {@link #OTHERS_NEEDED} besides amount and product. */
    private static final List<BillColumn> OTHERS = List.of(BillColumn.BILLING_CYCLE, BillColumn.INSTANCE_ID,
            BillColumn.GROSS_AMOUNT, BillColumn.CONSUME_TIME, BillColumn.START_TIME, BillColumn.PRODUCT_NAME);
    private static final int OTHERS_NEEDED = 2;

    private BillHeaders() {
    }

    /**
     * True for a bill-detail header: it has 应付金额 (Pretax Amount), 产品Code (Product Code) and
     * two more bill columns, and is not a FOCUS header (which keeps its own format even when an
     * export adds provider columns).
     */
    static boolean isBill(CsvHeader header) {
        if (header.has("BilledCost") && header.has("ChargePeriodStart")) {
            return false;
        }
        return BillColumn.PRETAX_AMOUNT.indexIn(header) >= 0 && BillColumn.PRODUCT_CODE.indexIn(header) >= 0
                && OTHERS.stream().filter(c -> c.indexIn(header) >= 0).count() >= OTHERS_NEEDED;
    }

    /**
     * True for a Chinese bill header read in the wrong encoding: names with U+FFFD, among them
     * what is left of {@code 产品Code} and of {@code 实例ID} or {@code 账号ID}.
     */
    static boolean isGarbledBill(CsvHeader header) {
        boolean code = false;
        boolean id = false;
        for (String name : header.names()) {
            if (name.indexOf(REPLACEMENT) >= 0) {
                code |= name.endsWith("Code");
                id |= name.endsWith("ID");
            }
        }
        return code && id;
    }

    /** The index of the first column whose name holds U+FFFD, or -1. */
    static int firstGarbled(CsvHeader header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.name(i).indexOf(REPLACEMENT) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
