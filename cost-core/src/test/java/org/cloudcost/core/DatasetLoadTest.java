package org.cloudcost.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cloudcost.core.internal.canonical.UsageCsvReader;
import org.cloudcost.core.internal.read.ReadLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load()} reads the usage files beside the billing files; what it gives, what it reports
 * and which error it throws are still those of reading them one after the other.
 */
class DatasetLoadTest {
    @TempDir
    Path tmp;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DatasetLoadTest.class.getResource(name).toURI());
    }

    /** Records the progress calls, from whichever thread; dwells on a billing file's start, so the usage read runs meanwhile. */
    private static final class Recorder implements ProgressListener {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void start(String file, long totalBytes) {
            events.add("start " + Path.of(file).getFileName());
            if (file.contains("warts")) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void advance(long bytes) {
        }

        @Override
        public void finish(String file) {
            events.add("finish " + Path.of(file).getFileName());
        }
    }

    @Test
    void usageReadBesideTheBillingIsTheSequentialRead() throws Exception {
        Path billing = resource("/focus/warts-1.0.csv");
        Path usage = resource("/canonical/usage/happy.csv");
        Recorder progress = new Recorder();
        CostDataset ds = CostDataset.read().billing(billing).usage(usage).progress(progress).load();

        tech.tablesaw.api.Table expected = UsageCsvReader.read(List.of(usage), new ReadLog(), ProgressListener.NONE).table();
        tech.tablesaw.api.Table actual = ds.usage().table();
        assertThat(actual.columnNames()).isEqualTo(expected.columnNames());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount()).isPositive();
        for (String c : expected.columnNames()) {
            assertThat(actual.column(c).asList()).as(c).isEqualTo(expected.column(c).asList());
        }
        assertThat(ds.readReport().files()).extracting(ReadReport.FileRead::file)
                .containsExactly(billing.toString(), usage.toString());
        // a progress bar follows one file at a time: the usage file's progress comes after the billing file's
        assertThat(progress.events).containsExactly("start warts-1.0.csv", "finish warts-1.0.csv", "start happy.csv",
                "finish happy.csv");
    }

    @Test
    void aBadBillingFileIsReportedBeforeABadUsageFile() throws Exception {
        Path billing = tmp.resolve("bad-billing.csv");
        Files.writeString(billing, Files.readString(resource("/focus/warts-1.0.csv"))
                .replaceFirst("NULL,1.50000000000,", "NULL,twelve,"));
        Path usage = resource("/canonical/bad/usage-non-numeric.csv");
        assertThatThrownBy(() -> CostDataset.read().billing(billing).usage(usage).load())
                .isInstanceOf(InputException.class).hasMessageStartingWith(billing + ":2:2 (BilledCost)");
    }

    @Test
    void aBadUsageFileIsReportedAfterAGoodBillingFile() throws Exception {
        Path usage = resource("/canonical/bad/usage-non-numeric.csv");
        String sequential = null;
        try {
            UsageCsvReader.read(List.of(usage), new ReadLog(), ProgressListener.NONE);
        } catch (InputException e) {
            sequential = e.getMessage();
        }
        assertThat(sequential).isNotNull().startsWith(usage.toString());
        assertThatThrownBy(() -> CostDataset.read().billing(resource("/focus/warts-1.0.csv")).usage(usage).load())
                .isInstanceOf(InputException.class).hasMessage(sequential);
    }
}
