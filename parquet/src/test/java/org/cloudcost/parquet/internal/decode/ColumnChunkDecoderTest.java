package org.cloudcost.parquet.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the decoder says it reads before a scan starts, and the deprecated BIT_PACKED levels parquet-java may still write. */
class ColumnChunkDecoderTest {

    private static FileFooter.ColumnChunk chunk(int type, int codec, Integer... encodings) {
        return new FileFooter.ColumnChunk(List.of("c"), type, List.of(encodings), codec, 10, 4, 100, null);
    }

    @Test
    void aParquetJavaChunkListingBitPackedForLevelsItNeverWroteIsRead() {
        // parquet-java lists BIT_PACKED (4) and RLE (3) for every chunk, PLAIN_DICTIONARY (2) or PLAIN (0) for the values
        assertThat(ColumnChunkDecoder.supports(chunk(ColumnChunkDecoder.BYTE_ARRAY, 1, 4, 3, 2))).isNull();
        assertThat(ColumnChunkDecoder.supports(chunk(ColumnChunkDecoder.DOUBLE, 2, 3, 4, 0))).isNull();
    }

    @Test
    void otherEncodingsCodecsAndTypesAreNamed() {
        assertThat(ColumnChunkDecoder.supports(chunk(ColumnChunkDecoder.INT64, 0, 3, 9))).isEqualTo("column c uses encoding 9"); // BYTE_STREAM_SPLIT
        assertThat(ColumnChunkDecoder.supports(chunk(ColumnChunkDecoder.INT64, 6, 3, 0))).isEqualTo("column c is compressed with codec 6");
        assertThat(ColumnChunkDecoder.supports(chunk(3, 0, 3, 0))).isEqualTo("column c has physical type 3");
    }

    @Test
    void aPageClaimingMoreThanSnappyCanExpandToIsCorruptNotAllocated(@TempDir Path dir) throws IOException {
        byte[] chunk = {
            0x15, 0x00,                                           // type 0: a data page
            0x15, (byte) 0x80, (byte) 0xd0, (byte) 0xac, (byte) 0xf3, 0x0e,   // uncompressed size 2,000,000,000
            0x15, 0x08,                                           // compressed size 4
            0x2c, 0x15, 0x02, 0x15, 0x00, 0x00,                   // data page header: 1 value, PLAIN
            0x00,
            1, 2, 3, 4
        };
        Path file = Files.write(dir.resolve("chunk.bin"), chunk);
        FileFooter.ColumnChunk meta = new FileFooter.ColumnChunk(List.of("c"), ColumnChunkDecoder.DOUBLE, List.of(0), 1, 1, 0,
                chunk.length, null);
        try (FileChannel channel = FileChannel.open(file)) {
            assertThatThrownBy(() -> new ColumnChunkDecoder().decode(channel, meta, 0, 0, new ByteDictionary(), new DecodedColumn()))
                    .isInstanceOf(ParquetFormatException.class)
                    .hasMessage("a Snappy page of 4 bytes that says 2000000000 uncompressed");
        }
    }

    @Test
    void theSpecificationsBitPackedLevelExample() {
        // 0 through 7 at bit width 3, most significant bit first: 00000101 00111001 01110111
        byte[] in = {(byte) 0b00000101, (byte) 0b00111001, (byte) 0b01110111};
        int[] out = new int[9];
        int end = ColumnChunkDecoder.bitPacked(in, 0, in.length, 3, out, 1, 8);
        assertThat(out).containsExactly(0, 0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(end).isEqualTo(3);
    }
}
