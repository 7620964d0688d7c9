package org.cloudcost.core.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** A stream's temporary copy holds its bytes, and a stream that breaks off leaves no file behind. */
class TemporaryCopyTest {
    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

    @Test
    void theCopyHoldsTheStreamsBytesUntilDeleted() throws IOException {
        byte[] bytes = new byte[200_000]; // several buffers
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }

        Path copy = TemporaryCopy.of("s3://b/k.parquet", new ByteArrayInputStream(bytes));
        try {
            assertThat(copy.getParent()).isEqualTo(TMP);
            assertThat(copy.getFileName().toString()).startsWith("cloudcost-").endsWith(".parquet");
            assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
        } finally {
            TemporaryCopy.delete(copy);
        }
        assertThat(copy).doesNotExist();
    }

    @Test
    void aStreamThatBreaksOffLeavesNoCopy() throws IOException {
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Connection reset");
            }
        });
        Set<Path> before = copies();

        assertThatThrownBy(() -> TemporaryCopy.of("s3://b/k.parquet", breaking))
                .isInstanceOf(IOException.class).hasMessage("Connection reset");
        assertThat(copies()).isEqualTo(before);
    }

    private static Set<Path> copies() throws IOException {
        try (Stream<Path> files = Files.list(TMP)) {
            return files.filter(p -> p.getFileName().toString().matches("cloudcost-.*\\.parquet")).collect(Collectors.toSet());
        }
    }
}
