package org.cloudcost.aws.cur;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.testing.SharedSamples;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/**
 * A CUR read in parallel byte ranges gives the frame and read report of a sequential read, bit
 * for bit: on the real anonymised CUR (skipped where {@code ../shared} is absent) and on our
 * own fixture of every line item type.
 */
class ParallelCurReadTest {
    private static final String THREADS = "cloudcost.readThreads";
    private static final String RANGE = "cloudcost.readRangeBytes";

    private static CostDataset read(Path file, String threads, String rangeBytes) {
        String oldThreads = System.getProperty(THREADS);
        String oldRange = System.getProperty(RANGE);
        try {
            System.setProperty(THREADS, threads);
            System.setProperty(RANGE, rangeBytes);
            return CostDataset.read().billing(file).load();
        } finally {
            restore(THREADS, oldThreads);
            restore(RANGE, oldRange);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static void assertSame(Path file, long... ranges) {
        CostDataset sequential = read(file, "1", "0");
        Table e = sequential.billing().table();
        assertThat(e.rowCount()).isPositive();
        for (long range : ranges) {
            CostDataset parallel = read(file, "2", Long.toString(range));
            Table a = parallel.billing().table();
            assertThat(a.rowCount()).isEqualTo(e.rowCount());
            for (int c = 0; c < e.columnCount(); c++) {
                assertThat(a.column(c).asList()).as(e.column(c).name() + " with ranges of " + range).isEqualTo(e.column(c).asList());
            }
            assertThat(parallel.readReport()).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(sequential.readReport());
        }
    }

    @Test
    void realCurSample() {
        assertSame(SharedSamples.require("aws-cur-legacy-anon/sample-anonymous-aws-export-dataset.csv"), 997, 8191, 65_536);
    }

    @Test
    void ourFixtureOfEveryLineItemType() throws URISyntaxException {
        Path fixture = Path.of(getClass().getResource("cur-legacy-2026-10.csv").toURI());
        assertSame(fixture, 61, 256, 1000);
    }
}
