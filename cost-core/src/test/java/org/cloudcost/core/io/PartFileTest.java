package org.cloudcost.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pull's output file appears whole or not at all. */
class PartFileTest {
    private static final List<String> COLUMNS = List.of("A", "B");

    @Test
    void theFileAppearsOnlyWhenTheBodyHasFinished(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out.csv");
        long rows = PartFile.write(file, COLUMNS, out -> {
            out.row("1", "2");
            assertThat(file).doesNotExist();
            assertThat(PartFile.partOf(file)).exists();
            return out.rows();
        });
        assertThat(rows).isEqualTo(1);
        assertThat(Files.readString(file)).isEqualTo("A,B\n1,2\n");
        assertThat(PartFile.partOf(file)).doesNotExist();
    }

    @Test
    void aFailedBodyLeavesTheOldFileAndNoPartFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("out.csv"), "A,B\nold,file\n");
        assertThatThrownBy(() -> PartFile.write(file, COLUMNS, out -> {
            out.row("new", "row");
            throw new IOException("the API failed on page 2");
        })).isInstanceOf(IOException.class).hasMessage("the API failed on page 2");
        assertThat(Files.readString(file)).isEqualTo("A,B\nold,file\n");
        assertThat(PartFile.partOf(file)).doesNotExist();
    }
}
