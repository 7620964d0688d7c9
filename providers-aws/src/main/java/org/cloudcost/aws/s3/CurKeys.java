package org.cloudcost.aws.s3;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Where the CUR files of one month sit in S3, told from the keys alone:
 * <ul>
 * <li>legacy CUR: {@code PREFIX/REPORT/yyyyMMdd-yyyyMMdd/REPORT-Manifest.json} (the month's first
 * day and the next month's first day), whose {@code reportKeys} name the current data files, which
 * lie in that folder (overwrite mode) or in an assembly folder below it (new versions kept);</li>
 * <li>CUR 2.0 (Data Exports): {@code PREFIX/EXPORT/data/BILLING_PERIOD=yyyy-MM/…}.</li>
 * </ul>
 * Data files are {@code .csv}, {@code .csv.gz} or Parquet ({@code .parquet}, {@code .snappy.parquet},
 * the default of Data Exports; read with the {@code parquet} module); {@code .zip} (a legacy CUR
 * option) is recognised only to say it is not read.
 *
 * <pre>{@code
 * CurKeys keys = new CurKeys(YearMonth.of(2026, 10));
 * keys.isLegacyManifest("cur/r/20261001-20261101/r-Manifest.json");              // true
 * keys.isDataFile("cur/e/data/BILLING_PERIOD=2026-10/e-00001.csv.gz");           // true
 * }</pre>
 */
final class CurKeys {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final String MANIFEST_SUFFIX = "-manifest.json";

    private final String legacyFolder;
    private final String billingPeriod;

    CurKeys(YearMonth month) {
        this.legacyFolder = DAY.format(month.atDay(1)) + "-" + DAY.format(month.plusMonths(1).atDay(1));
        this.billingPeriod = "BILLING_PERIOD=" + month;
    }

    /** The legacy CUR folder of the month, {@code 20261001-20261101}. */
    String legacyFolder() {
        return legacyFolder;
    }

    /** The CUR 2.0 partition of the month, {@code BILLING_PERIOD=2026-10}. */
    String billingPeriod() {
        return billingPeriod;
    }

    /** A legacy CUR manifest lying directly in the month's folder (not an assembly's copy below it). */
    boolean isLegacyManifest(String key) {
        String[] s = key.split("/");
        return s.length >= 2 && s[s.length - 2].equals(legacyFolder)
                && s[s.length - 1].toLowerCase(Locale.ROOT).endsWith(MANIFEST_SUFFIX);
    }

    /** A data file under one of the month's folders: CSV (plain or gzip) or Parquet. */
    boolean isDataFile(String key) {
        return inMonth(key) && (isCsv(key) || key.toLowerCase(Locale.ROOT).endsWith(".parquet"));
    }

    /** A file under one of the month's folders in a format that is not read (zip). */
    boolean isUnreadDataFile(String key) {
        return inMonth(key) && key.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** {@code .csv} or {@code .csv.gz}, whatever the case. */
    static boolean isCsv(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.endsWith(".csv") || k.endsWith(".csv.gz");
    }

    /** A key under the month's CUR 2.0 partition folder. */
    boolean inBillingPeriod(String key) {
        for (String segment : key.split("/")) {
            if (segment.equals(billingPeriod)) {
                return true;
            }
        }
        return false;
    }

    private boolean inMonth(String key) {
        for (String segment : key.split("/")) {
            if (segment.equals(legacyFolder) || segment.equals(billingPeriod)) {
                return true;
            }
        }
        return false;
    }
}
