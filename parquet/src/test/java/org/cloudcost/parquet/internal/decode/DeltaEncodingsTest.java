package org.cloudcost.parquet.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The delta encodings, on the specification's examples written out byte by byte, and bit unpacking at every width. */
class DeltaEncodingsTest {
    /** Block header: 128 values a block, 4 miniblocks of 32. */
    private static final byte[] BLOCK_128_BY_4 = {(byte) 0x80, 0x01, 0x04};

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void theSpecificationsFirstExampleHasDeltasOfZeroWidth() {
        // 1, 2, 3, 4, 5: first value 1, min delta 1, every miniblock 0 bits wide (no body)
        byte[] in = concat(BLOCK_128_BY_4, bytes(5, 2), bytes(2), bytes(0, 0, 0, 0));
        long[] out = new long[5];
        int after = new DeltaEncodings().integers(in, 0, in.length, out, 0, 5);
        assertThat(out).containsExactly(1, 2, 3, 4, 5);
        assertThat(after).isEqualTo(in.length);
    }

    @Test
    void theSpecificationsSecondExampleHasOneMiniblockOfTwoBits() {
        // 7, 5, 3, 1, 2, 3, 4, 5: deltas -2 -2 -2 1 1 1 1, min -2, so 0 0 0 3 3 3 3 at 2 bits; the
        // miniblocks after the last value keep their width byte but have no body
        byte[] in = concat(BLOCK_128_BY_4, bytes(8, 14), bytes(3), bytes(2, 0, 0, 0), bytes(0xC0, 0x3F, 0, 0, 0, 0, 0, 0),
                bytes(0xEE)); // a byte of whatever follows
        long[] out = new long[1 + 8];
        int after = new DeltaEncodings().integers(in, 0, in.length, out, 1, 8);
        assertThat(out).containsExactly(0, 7, 5, 3, 1, 2, 3, 4, 5);
        assertThat(after).isEqualTo(in.length - 1);
    }

    @Test
    void deltaLengthByteArrayIsTheLengthsThenTheBytes() {
        // Hello World Foobar ABCDEF: lengths 5 5 6 6, deltas 0 1 0 at 1 bit
        byte[] in = concat(BLOCK_128_BY_4, bytes(4, 10), bytes(0), bytes(1, 0, 0, 0), bytes(0x02, 0, 0, 0),
                "HelloWorldFoobarABCDEF".getBytes(StandardCharsets.US_ASCII));
        ByteDictionary d = new ByteDictionary();
        int[] codes = new int[4];
        new DeltaEncodings().texts(in, 0, in.length, 4, d, codes, 0, false);
        assertThat(Arrays.stream(codes).mapToObj(d::text)).containsExactly("Hello", "World", "Foobar", "ABCDEF");
    }

    @Test
    void deltaByteArrayIsEachPrefixOfThePreviousThenItsSuffix() {
        // axis axle babble babyhood: prefixes 0 2 0 3, suffixes axis le babble yhood (4 2 6 5)
        byte[] prefixes = concat(BLOCK_128_BY_4, bytes(4, 0), bytes(3), bytes(3, 0, 0, 0), bytes(0x44, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        byte[] lengths = concat(BLOCK_128_BY_4, bytes(4, 8), bytes(3), bytes(3, 0, 0, 0), bytes(0x70, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        byte[] in = concat(prefixes, lengths, "axislebabbleyhood".getBytes(StandardCharsets.US_ASCII));
        ByteDictionary d = new ByteDictionary();
        int[] codes = new int[4];
        new DeltaEncodings().texts(in, 0, in.length, 4, d, codes, 0, true);
        assertThat(Arrays.stream(codes).mapToObj(d::text)).containsExactly("axis", "axle", "babble", "babyhood");
    }

    @Test
    void unpackReadsEveryWidthUpTo64BitsLeastSignificantFirst() {
        Random random = new Random(8);
        for (int width = 0; width <= 64; width++) {
            long[] values = new long[32];
            byte[] packed = new byte[32 * width / 8 + 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = width == 64 ? random.nextLong() : random.nextLong() & ((1L << width) - 1);
                for (int b = 0; b < width; b++) { // bit by bit: the slow, obvious packing
                    if ((values[i] >>> b & 1) != 0) {
                        int bit = i * width + b;
                        packed[bit >>> 3] |= (byte) (1 << (bit & 7));
                    }
                }
            }
            for (int i = 0; i < values.length; i++) {
                assertThat(DeltaEncodings.unpack(packed, 0, i, width)).as("width " + width + " value " + i).isEqualTo(values[i]);
            }
        }
    }

    @Test
    void aBlockCutShortOrACountThatDisagreesIsCorrupt() {
        byte[] in = concat(BLOCK_128_BY_4, bytes(8, 14), bytes(3), bytes(2, 0, 0, 0), bytes(0xC0, 0x3F));
        assertThatThrownBy(() -> new DeltaEncodings().integers(in, 0, in.length, new long[8], 0, 8))
                .isInstanceOf(ParquetFormatException.class).hasMessageContaining("miniblock cut short");
        assertThatThrownBy(() -> new DeltaEncodings().integers(in, 0, in.length, new long[9], 0, 9))
                .isInstanceOf(ParquetFormatException.class).hasMessageContaining("holds 8 values where the page has 9");
    }
}
