package org.cloudcost.core.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.cloudcost.core.CostDataset;
import org.cloudcost.core.InputException;
import org.cloudcost.core.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gzip inputs end to end: multi-member files are read in full, a damaged member is an error. */
class InputFilesTest {
    private static final String HEADER =
            "BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName\n";

    @TempDir
    Path tmp;

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bos)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bos.toByteArray();
    }

    private static String lines(int count, String cost, String service) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(cost).append(",USD,Usage,2026-10-01,Compute,").append(service).append('\n');
        }
        return sb.toString();
    }

    /** Member 1: header and {@code n1} lines at 1.10; member 2: {@code n2} lines at 2.25. */
    private static byte[][] twoMembers(int n1, int n2) throws IOException {
        return new byte[][] {gzip(HEADER + lines(n1, "1.10", "EC2")), gzip(lines(n2, "2.25", "S3"))};
    }

    private Path write(String name, byte[] first, byte[] second) throws IOException {
        Path f = tmp.resolve(name);
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        bos.writeBytes(first);
        bos.writeBytes(second);
        Files.write(f, bos.toByteArray());
        return f;
    }

    private static BigDecimal expected(int n1, int n2) {
        return new BigDecimal("1.10").multiply(BigDecimal.valueOf(n1))
                .add(new BigDecimal("2.25").multiply(BigDecimal.valueOf(n2)));
    }

    @Test
    void twoMemberBillingGzipLoadsFully() throws IOException {
        byte[][] m = twoMembers(3, 2);
        Path f = write("bill.csv.gz", m[0], m[1]);
        CostDataset ds = CostDataset.read().billing(f).load();
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo(expected(3, 2)); // 3.30 + 4.50
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo("7.80");
    }

    @Test
    void twoMemberBillingGzipLargerThanTheHeaderSampleLoadsFully() throws IOException {
        // member 1 alone decompresses to more than the 64 KiB format-detection sample
        byte[][] m = twoMembers(5_000, 4_000);
        Path f = write("big.csv.gz", m[0], m[1]);
        CostDataset ds = CostDataset.read().billing(f).load();
        assertThat(ds.spend().totalBilledCost()).isEqualByComparingTo(expected(5_000, 4_000));
    }

    @Test
    void corruptedSecondMemberIsAnInputException() throws IOException {
        byte[][] m = twoMembers(3, 2);
        m[1][0] = 0x00; // the second member's magic is gone
        Path f = write("broken.csv.gz", m[0], m[1]);
        InputException e = catchThrowableOfType(InputException.class, () -> CostDataset.read().billing(f).load());
        assertThat(e).as("the JDK's GZIPInputStream would load member 1 and drop member 2 silently").isNotNull();
        assertThat(e.getMessage()).startsWith(f.toString()).contains("gzip").doesNotContain("\n")
                .contains("corrupt or truncated gzip stream")
                .contains("trailing data after gzip member 1 at compressed byte offset " + m[0].length);
    }

    @Test
    void corruptedSecondMemberAfterTheHeaderSampleIsAnInputException() throws IOException {
        // the damage lies beyond what format detection reads, so the CSV reader meets it
        byte[][] m = twoMembers(5_000, 4_000);
        m[1][1] = 0x00;
        Path f = write("broken-big.csv.gz", m[0], m[1]);
        InputException e = catchThrowableOfType(InputException.class, () -> CostDataset.read().billing(f).load());
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(f.toString()).contains("gzip").doesNotContain("\n")
                .contains("trailing data after gzip member 1");
    }

    @Test
    void truncatedSecondMemberIsAnInputException() throws IOException {
        byte[][] m = twoMembers(3, 2);
        Path f = write("cut.csv.gz", m[0], java.util.Arrays.copyOf(m[1], m[1].length - 4));
        assertThatThrownBy(() -> CostDataset.read().billing(f).load()).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining("gzip stream ends inside member 2")
                .hasMessageNotContaining("\n");
    }

    @Test
    void badFirstHeaderFailsInOpen() throws IOException {
        byte[] gz = gzip(HEADER + lines(2, "1", "EC2"));
        gz[2] = 9; // compression method other than deflate
        Path f = tmp.resolve("cm.csv.gz");
        Files.write(f, gz);
        assertThatThrownBy(() -> InputFiles.open(f, ProgressListener.NONE)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(f.toString()).hasMessageContaining("gzip")
                .hasMessageContaining("unsupported compression method 9");
    }

    @Test
    void openReadsMultiMemberGzipAndPlainFiles() throws IOException {
        byte[][] m = twoMembers(1, 1);
        Path gz = write("x.csv.gz", m[0], m[1]);
        try (InputStream in = InputFiles.open(gz, ProgressListener.NONE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(HEADER + lines(1, "1.10", "EC2") + lines(1, "2.25", "S3"));
        }
        Path plain = tmp.resolve("x.csv");
        Files.writeString(plain, HEADER);
        try (InputStream in = InputFiles.open(plain, ProgressListener.NONE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(HEADER);
        }
    }
}
