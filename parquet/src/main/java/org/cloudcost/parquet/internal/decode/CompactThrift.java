package org.cloudcost.parquet.internal.decode;

import java.nio.charset.StandardCharsets;

/**
 * A reader of Thrift's compact protocol, the encoding of Parquet's footer and page headers:
 * only what those structures use (structs, lists, integers, binaries, booleans), reading a
 * struct field by field so that fields a caller does not know are skipped.
 *
 * <pre>{@code
 * CompactThrift in = new CompactThrift(bytes, 0, bytes.length);
 * in.beginStruct();
 * for (int type = in.nextField(); type != CompactThrift.STOP; type = in.nextField()) {
 *     switch (in.fieldId()) {
 *         case 1 -> version = in.readInt(type);
 *         default -> in.skip(type);
 *     }
 * }
 * }</pre>
 *
 * <p>Format: <a href="https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md">thrift-compact-protocol.md</a>.
 */
public final class CompactThrift {
    /** The end of a struct. */
    public static final int STOP = 0;
    static final int TRUE = 1;
    static final int FALSE = 2;
    static final int BYTE = 3;
    static final int I16 = 4;
    static final int I32 = 5;
    static final int I64 = 6;
    static final int DOUBLE = 7;
    static final int BINARY = 8;
    static final int LIST = 9;
    static final int SET = 10;
    static final int MAP = 11;
    static final int STRUCT = 12;
    /** Deeper nesting than Parquet's structures have is a corrupt file, not a stack overflow. */
    private static final int MAX_DEPTH = 64;

    private final byte[] bytes;
    private final int end;
    private int pos;
    private final short[] lastIds = new short[MAX_DEPTH];
    private int depth = -1;
    private int fieldId;
    private int listElementType;

    /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
    public CompactThrift(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.pos = offset;
        this.end = offset + length;
    }

    /** The position after what was read. */
    public int position() {
        return pos;
    }

    /** Enters a struct: the next {@link #nextField()} reads its first field. */
    public void beginStruct() {
        if (++depth >= MAX_DEPTH) {
            throw new ParquetFormatException("Thrift structures nested deeper than " + MAX_DEPTH);
        }
        lastIds[depth] = 0;
    }

    /** The next field's type in the current struct, or {@link #STOP} at its end (which leaves it). */
    public int nextField() {
        int header = readByte() & 0xff;
        int type = header & 0x0f;
        if (type == STOP) {
            depth--;
            return STOP;
        }
        int delta = header >>> 4;
        fieldId = delta == 0 ? (short) zigzag(readVarLong()) : lastIds[depth] + delta;
        lastIds[depth] = (short) fieldId;
        return type;
    }

    /** The id of the field {@link #nextField()} read. */
    public int fieldId() {
        return fieldId;
    }

    /** A boolean field's value: compact Thrift keeps it in the type. */
    public boolean readBool(int type) {
        if (type == TRUE || type == FALSE) {
            return type == TRUE;
        }
        throw unexpected(type, "a boolean");
    }

    /** An integer of any width (byte, i16, i32) as an int. */
    public int readInt(int type) {
        return switch (type) {
            case BYTE -> readByte();
            case I16, I32 -> (int) zigzag(readVarLong());
            default -> throw unexpected(type, "an integer");
        };
    }

    /** An integer of any width as a long. */
    public long readLong(int type) {
        return type == I64 ? zigzag(readVarLong()) : readInt(type);
    }

    /** A binary field as UTF-8 text. */
    public String readString(int type) {
        if (type != BINARY) {
            throw unexpected(type, "a string");
        }
        int length = length();
        String s = new String(bytes, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    /** A list's header: its size; {@link #listElementType()} then gives its elements' type. */
    public int beginList(int type) {
        if (type != LIST && type != SET) {
            throw unexpected(type, "a list");
        }
        int header = readByte() & 0xff;
        int size = header >>> 4;
        listElementType = header & 0x0f;
        if (size == 15) {
            size = length();
        }
        return size;
    }

    /** The type of the elements of the list {@link #beginList} opened. */
    public int listElementType() {
        return listElementType;
    }

    /** Skips a value of {@code type}. */
    public void skip(int type) {
        switch (type) {
            case TRUE, FALSE -> {
                // the value is in the type
            }
            case BYTE -> readByte();
            case I16, I32, I64 -> readVarLong();
            case DOUBLE -> advance(8);
            case BINARY -> advance(length());
            case LIST, SET -> {
                int size = beginList(type);
                int element = listElementType;
                for (int i = 0; i < size; i++) {
                    skipElement(element);
                }
            }
            case MAP -> {
                int size = length();
                if (size > 0) {
                    int kv = readByte() & 0xff;
                    for (int i = 0; i < size; i++) {
                        skipElement(kv >>> 4);
                        skipElement(kv & 0x0f);
                    }
                }
            }
            case STRUCT -> {
                beginStruct();
                for (int t = nextField(); t != STOP; t = nextField()) {
                    skip(t);
                }
            }
            default -> throw new ParquetFormatException("unknown Thrift type " + type + " at byte " + pos);
        }
    }

    /** Skips a list element: a boolean element takes a byte, unlike a boolean field. */
    private void skipElement(int type) {
        if (type == TRUE || type == FALSE) {
            readByte();
        } else {
            skip(type);
        }
    }

    private void advance(int n) {
        if (n < 0 || n > end - pos) {
            throw truncated();
        }
        pos += n;
    }

    private int length() {
        long n = readVarLong();
        if (n < 0 || n > end - pos) {
            throw truncated();
        }
        return (int) n;
    }

    private byte readByte() {
        if (pos >= end) {
            throw truncated();
        }
        return bytes[pos++];
    }

    private long readVarLong() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = readByte();
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw new ParquetFormatException("a Thrift varint longer than 10 bytes at byte " + pos);
    }

    private static long zigzag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    private ParquetFormatException truncated() {
        return new ParquetFormatException("Thrift structure cut short at byte " + pos);
    }

    private ParquetFormatException unexpected(int type, String what) {
        return new ParquetFormatException("Thrift field " + fieldId + " has type " + type + ", expected " + what);
    }
}
