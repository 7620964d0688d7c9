package org.cloudcost.samples.casestudy;

import static org.cloudcost.samples.casestudy.CaseStudyEstate.MONTH;
import static org.cloudcost.samples.casestudy.CaseStudyEstate.OBJECTS;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.YearMonth;
import org.cloudcost.core.io.CanonicalCsv;
import org.cloudcost.core.io.CsvFileWriter;

/** The OSS object groups, as an OSS inventory report summarises them: one row per bucket, prefix and class. */
final class StorageFile {
    private static final BigInteger TIB = BigInteger.valueOf(1024L * 1024 * 1024 * 1024);

    private StorageFile() {
    }

    static void write(Path file) throws IOException {
        try (CsvFileWriter out = CsvFileWriter.create(file, CanonicalCsv.STORAGE)) {
            for (ObjectGroups g : OBJECTS) {
                for (int m = 0; m < g.months(); m++) {
                    YearMonth month = g.last().minusMonths(m);
                    String prefix = g.monthly() ? g.prefix() + month + "/" : g.prefix();
                    String read = g.readDaysAgo() < 0 ? ""
                            : MONTH.atEndOfMonth().minusDays(g.readDaysAgo()) + "T12:00:00Z";
                    out.row(g.bucket(), prefix, "Standard", bytes(g.tibPerGroup()), Long.toString(g.objectsPerGroup()),
                            month.atEndOfMonth() + "T15:59:00Z", read);
                }
            }
        }
    }

    private static String bytes(double tib) {
        return new java.math.BigDecimal(TIB).multiply(java.math.BigDecimal.valueOf(tib)).toBigInteger().toString();
    }
}
