package org.cloudcost.parquet.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Snappy's raw format, from streams written by hand after its format description. */
class SnappyTest {

    @Test
    void literalsAndCopiesOfEachWidthIncludingAnOverlappingOne() {
        byte[] stream = {
            20,                         // length 20
            (byte) (3 << 2), 'a', 'b', 'c', 'd',     // literal of 4
            (byte) ((0 << 2) | 1 | (0 << 5)), 4,     // copy, 1-byte offset 4, length 4: abcd
            (byte) ((5 << 2) | 2), 1, 0,             // copy, 2-byte offset 1, length 6: dddddd (overlapping)
            (byte) ((3 << 2) | 3), 14, 0, 0, 0,      // copy, 4-byte offset 14, length 4: abcd
            (byte) (1 << 2), 'x', 'y'                // literal of 2
        };
        byte[] out = Snappy.decompress(stream, 0, stream.length, 20);
        assertThat(new String(out, StandardCharsets.US_ASCII)).isEqualTo("abcdabcdddddddabcdxy");
    }

    @Test
    void aLongLiteralTakesItsLengthFromTheNextBytes() {
        byte[] stream = new byte[2 + 1 + 70];
        stream[0] = 70;
        stream[1] = (byte) (60 << 2);   // literal, length-1 in the next byte
        stream[2] = 69;
        for (int i = 0; i < 70; i++) {
            stream[3 + i] = (byte) ('0' + i % 10);
        }
        byte[] out = Snappy.decompress(stream, 0, stream.length, 70);
        assertThat(out).hasSize(70);
        assertThat(out[69]).isEqualTo((byte) '9');
    }

    @Test
    void aCopyFromBeforeTheStartOrAWrongLengthIsCorrupt() {
        byte[] copyTooFar = {4, (byte) ((0 << 2) | 1), 9};
        assertThatThrownBy(() -> Snappy.decompress(copyTooFar, 0, copyTooFar.length, 4))
                .isInstanceOf(ParquetFormatException.class).hasMessageContaining("outside the output");
        byte[] literal = {3, (byte) (2 << 2), 'a', 'b', 'c'};
        assertThatThrownBy(() -> Snappy.decompress(literal, 0, literal.length, 4))
                .isInstanceOf(ParquetFormatException.class).hasMessageContaining("the page header says 4");
    }
}
