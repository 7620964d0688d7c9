package org.cloudcost.parquet.internal.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Thrift's compact protocol: short and long field headers, and skipping what a reader does not know. */
class CompactThriftTest {

    @Test
    void readsKnownFieldsAndSkipsUnknownOnesOfEveryType() {
        byte[] bytes = {
            0x15, 0x54,                         // field 1, i32: zigzag 42
            0x1c,                               // field 2, struct (unknown): skipped whole
                0x18, 2, 'h', 'i',              //   field 1, binary "hi"
                0x19, 0x25, 4, 8,               //   field 2, list of 2 i32 (2 and 4, zigzag)
                0x11,                           //   field 3, boolean true
                0x00,                           //   stop
            0x08, 0x28, 3, 'a', 'b', 'c',       // field 20 (long form: type 8, then the id as a zigzag varint): binary "abc"
            0x16, 0x07,                         // field 21, i64: zigzag -4
            0x00
        };
        CompactThrift in = new CompactThrift(bytes, 0, bytes.length);
        int version = -1;
        String name = null;
        long last = 0;
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            switch (in.fieldId()) {
                case 1 -> version = in.readInt(t);
                case 20 -> name = in.readString(t);
                case 21 -> last = in.readLong(t);
                default -> in.skip(t);
            }
        }
        assertThat(version).isEqualTo(42);
        assertThat(name).isEqualTo("abc");
        assertThat(last).isEqualTo(-4);
        assertThat(in.position()).isEqualTo(bytes.length);
    }

    @Test
    void aStructCutShortIsCorrupt() {
        byte[] bytes = {0x18, 9, 'a'};
        CompactThrift in = new CompactThrift(bytes, 0, bytes.length);
        in.beginStruct();
        int t = in.nextField();
        assertThatThrownBy(() -> in.readString(t)).isInstanceOf(ParquetFormatException.class).hasMessageContaining("cut short");
    }
}
