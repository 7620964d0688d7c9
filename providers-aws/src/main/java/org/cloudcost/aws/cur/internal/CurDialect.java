package org.cloudcost.aws.cur.internal;

import java.util.List;

import org.cloudcost.core.format.CsvHeader;

/**
 * The two spellings of a Cost and Usage Report header: the legacy CSV's {@code group/Name}
 * ({@code lineItem/UnblendedCost}, {@code resourceTags/user:env}) and CUR 2.0's snake case
 * ({@code line_item_unblended_cost}, a {@code resource_tags} JSON map, or, as Athena flattens a
 * legacy report, {@code resource_tags_user_env} columns).
 *
 * <pre>{@code
 * if (CurDialect.LEGACY.matches(header)) {
 *     int cost = CurDialect.LEGACY.require(header, CurColumn.UNBLENDED_COST);   // lineItem/UnblendedCost, any case
 * }
 * }</pre>
 */
public enum CurDialect {
    /** Legacy CUR, CSV: {@code lineItem/…} headers, one {@code resourceTags/user:<key>} column per tag. */
    LEGACY("resourceTags/user:"),
    /** CUR 2.0 (Data Exports), CSV: snake-case headers, {@code product} and {@code resource_tags} as JSON maps. */
    CUR2("resource_tags_user_");

    /**
     * Columns a report has, of which a header needs {@link #SIGNATURE_MATCHES} to be recognised:
     * so a file missing one mandatory column is still taken for a CUR and then told which.
     */
    private static final List<CurColumn> SIGNATURE = List.of(CurColumn.LINE_ITEM_TYPE, CurColumn.USAGE_START_DATE,
            CurColumn.UNBLENDED_COST, CurColumn.CURRENCY_CODE, CurColumn.PRODUCT_CODE, CurColumn.USAGE_ACCOUNT_ID,
            CurColumn.PAYER_ACCOUNT_ID);
    private static final int SIGNATURE_MATCHES = 3;

    private final String tagColumnPrefix;

    CurDialect(String tagColumnPrefix) {
        this.tagColumnPrefix = tagColumnPrefix;
    }

    /** The prefix of a column holding one user-defined cost allocation tag, its key following. */
    public String tagColumnPrefix() {
        return tagColumnPrefix;
    }

    /** The names {@code column} goes by in this dialect (none for a CUR 2.0 map column in a legacy report). */
    public List<String> names(CurColumn column) {
        if (this == LEGACY) {
            return column.legacyName() == null ? List.of() : List.of(column.legacyName());
        }
        return column.cur2Names();
    }

    /** The index of {@code column} in {@code header}, or -1. */
    public int indexOf(CsvHeader header, CurColumn column) {
        List<String> names = names(column);
        return names.isEmpty() ? -1 : header.indexOf(names.toArray(String[]::new));
    }

    /**
     * The index of mandatory {@code column}.
     *
     * @throws org.cloudcost.core.InputException naming the file and the missing column
     */
    public int require(CsvHeader header, CurColumn column) {
        return header.require(names(column).toArray(String[]::new));
    }

    /** True when {@code header} is a report in this dialect. Cheap; never throws. */
    public boolean matches(CsvHeader header) {
        return SIGNATURE.stream().filter(c -> indexOf(header, c) >= 0).count() >= SIGNATURE_MATCHES;
    }
}
