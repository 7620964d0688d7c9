package org.cloudcost.parquet.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The RLE/bit-packing hybrid, with the specification's own example and runs mixed. */
class RleHybridTest {

    @Test
    void theSpecificationsBitPackedExample() {
        // values 0..7 at bit width 3: one group of 8, header (1 << 1) | 1
        byte[] in = {3, (byte) 0b10001000, (byte) 0b11000110, (byte) 0b11111010};
        int[] out = new int[8];
        RleHybrid.decode(in, 0, in.length, 3, out, 0, 8);
        assertThat(out).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void anRleRunThenABitPackedRunIntoAnOffset() {
        // run of 5 × 300 at width 9 (two bytes, little-endian), then 8 values at width 1
        byte[] in = {10, 44, 1, 3, (byte) 0b01010011};
        int[] out = new int[2 + 13];
        RleHybrid.decode(in, 0, in.length, 9, out, 2, 5);
        assertThat(out).startsWith(0, 0, 300, 300, 300, 300, 300);
        RleHybrid.decode(in, 3, in.length, 1, out, 7, 8);
        assertThat(out).endsWith(1, 1, 0, 0, 1, 0, 1, 0);
    }

    @Test
    void aLongBitPackedRunReadsTheSameAtEveryWidth() {
        for (int width = 1; width <= 24; width++) {
            int count = 64;
            int mask = (1 << width) - 1;
            byte[] in = new byte[1 + count * width / 8 + 8];
            in[0] = (byte) ((count / 8) << 1 | 1);
            long bit = 0;
            for (int i = 0; i < count; i++, bit += width) {
                int v = (i * 2654435761L >>> 7) == 0 ? 0 : (int) ((i * 2654435761L >>> 7) & mask);
                for (int b = 0; b < width; b++) {
                    if ((v >>> b & 1) != 0) {
                        in[1 + (int) ((bit + b) >>> 3)] |= (byte) (1 << ((bit + b) & 7));
                    }
                }
            }
            int[] out = new int[count];
            RleHybrid.decode(in, 0, 1 + count * width / 8, width, out, 0, count);
            for (int i = 0; i < count; i++) {
                assertThat(out[i]).as("width " + width + " value " + i).isEqualTo((int) ((i * 2654435761L >>> 7) & mask));
            }
        }
    }

    @Test
    void runsThatEndBeforeTheValuesAreCorrupt() {
        byte[] in = {10, 1};
        assertThatThrownBy(() -> RleHybrid.decode(in, 0, 1, 4, new int[5], 0, 5)).isInstanceOf(ParquetFormatException.class);
    }
}
