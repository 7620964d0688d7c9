package org.cloudcost.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

/** A billing input that is not a local file (an S3 object) reads exactly as the same bytes on disk. */
class BillingStreamTest {
    private static Path sample() throws URISyntaxException {
        return Path.of(BillingStreamTest.class.getResource("/focus/" + FIXTURE).toURI());
    }

    static final String FIXTURE = "warts-1.0.csv";

    @Test
    void aStreamGivesTheSameFrameAndReportAsTheFile() throws Exception {
        byte[] bytes = Files.readAllBytes(sample());
        CostDataset fromFile = CostDataset.read().billing(sample()).load();
        AtomicInteger opened = new AtomicInteger();
        CostDataset fromStream = CostDataset.read().billing("s3://bills/2026-10/part-1.csv", bytes.length, () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        }).load();
        assertThat(opened).hasValue(1);
        assertThat(fromStream.spend()).isEqualTo(fromFile.spend());
        assertThat(fromStream.billing().table().rowCount()).isEqualTo(fromFile.billing().table().rowCount());
        assertThat(fromStream.readReport().files()).singleElement()
                .satisfies(f -> assertThat(f.file()).isEqualTo("s3://bills/2026-10/part-1.csv"));
    }

    @Test
    void aGzipStreamIsRecognisedByItsMagicBytes() throws Exception {
        byte[] bytes = Files.readAllBytes(sample());
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(bytes);
        }
        CostDataset fromGzip = CostDataset.read().billing("s3://bills/part-1.csv.gz", -1,
                () -> new ByteArrayInputStream(gz.toByteArray())).load();
        assertThat(fromGzip.spend().totalBilledCost()).isEqualByComparingTo(
                CostDataset.read().billing(sample()).load().spend().totalBilledCost());
    }

    @Test
    void errorsNameTheStreamAndTheLine() throws Exception {
        byte[] bad = Files.readString(sample()).replaceFirst("NULL,1.50000000000,", "NULL,twelve,")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CostDataset.read().billing("s3://bills/bad.csv", bad.length,
                () -> new ByteArrayInputStream(bad)).load())
                .isInstanceOf(InputException.class).hasMessageStartingWith("s3://bills/bad.csv:2:2 (BilledCost)");
        assertThatThrownBy(() -> CostDataset.read().billing("s3://bills/empty.csv", 0, InputStream::nullInputStream).load())
                .isInstanceOf(InputException.class).hasMessageContaining("s3://bills/empty.csv").hasMessageContaining("empty");
    }

    @Test
    void theSameStreamNamedTwiceIsRefused() throws Exception {
        byte[] bytes = Files.readAllBytes(sample());
        assertThatThrownBy(() -> CostDataset.read()
                .billing("s3://bills/a.csv", bytes.length, () -> new ByteArrayInputStream(bytes))
                .billing("s3://bills/a.csv", bytes.length, () -> new ByteArrayInputStream(bytes)).load())
                .isInstanceOf(InputException.class).hasMessageContaining("named twice");
    }
}
