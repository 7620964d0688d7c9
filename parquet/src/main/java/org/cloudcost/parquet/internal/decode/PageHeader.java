package org.cloudcost.parquet.internal.decode;

/**
 * The header before each page of a column chunk.
 *
 * @param type 0 data page, 1 index page, 2 dictionary page, 3 data page v2
 * @param uncompressedSize the page's bytes after decompression (levels included)
 * @param compressedSize the page's bytes in the file after this header
 * @param numValues level entries (data pages) or dictionary entries
 * @param encoding the values' encoding
 * @param numNulls v2: the null entries
 * @param definitionLength v2: the definition levels' bytes (never compressed)
 * @param repetitionLength v2: the repetition levels' bytes (never compressed)
 * @param compressed v2: whether the values are compressed
 * @param definitionEncoding v1: the definition levels' encoding (3 RLE, 4 the deprecated BIT_PACKED)
 * @param repetitionEncoding v1: the repetition levels' encoding
 * @param size this header's own bytes
 */
public record PageHeader(int type, int uncompressedSize, int compressedSize, int numValues, int encoding, int numNulls,
        int definitionLength, int repetitionLength, boolean compressed, int definitionEncoding, int repetitionEncoding, int size) {
    /** Page types. */
    public static final int DATA = 0;
    public static final int DICTIONARY = 2;
    public static final int DATA_V2 = 3;
    /** The RLE/bit-packed hybrid, levels' default encoding. */
    public static final int RLE = 3;
    /** The deprecated bit-packed level encoding (most significant bit first, no length). */
    public static final int BIT_PACKED = 4;

    /** Parses the header at {@code offset}. */
    public static PageHeader parse(byte[] bytes, int offset, int limit) {
        CompactThrift in = new CompactThrift(bytes, offset, limit - offset);
        int type = -1;
        int uncompressed = -1;
        int compressedSize = -1;
        int[] body = {0, -1, 0, 0, 0, RLE, RLE};
        boolean[] isCompressed = {true};
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            switch (in.fieldId()) {
                case 1 -> type = in.readInt(t);
                case 2 -> uncompressed = in.readInt(t);
                case 3 -> compressedSize = in.readInt(t);
                case 5, 7 -> pageBody(in, t, body, null, in.fieldId() == 7);
                case 8 -> pageBody(in, t, body, isCompressed, false);
                default -> in.skip(t);
            }
        }
        if (type < 0 || uncompressed < 0 || compressedSize < 0) {
            throw new ParquetFormatException("a page header without its type or sizes");
        }
        return new PageHeader(type, uncompressed, compressedSize, body[0], body[1], body[2], body[3], body[4], isCompressed[0], body[5],
                body[6], in.position() - offset);
    }

    /**
     * Reads a data page (v1), dictionary page or data page v2 header into {@code body}: values,
     * encoding, nulls, def bytes, rep bytes, def encoding, rep encoding.
     */
    private static void pageBody(CompactThrift in, int type, int[] body, boolean[] compressed, boolean dictionary) {
        if (type != CompactThrift.STRUCT) {
            throw new ParquetFormatException("a page header body that is not a struct");
        }
        boolean v2 = compressed != null;
        in.beginStruct();
        for (int t = in.nextField(); t != CompactThrift.STOP; t = in.nextField()) {
            int id = in.fieldId();
            if (id == 1) {
                body[0] = in.readInt(t);
            } else if (id == 2 && !v2) {
                body[1] = in.readInt(t);
            } else if (id == 3 && !v2 && !dictionary) {
                body[5] = in.readInt(t);
            } else if (id == 4 && !v2 && !dictionary) {
                body[6] = in.readInt(t);
            } else if (v2 && id == 2) {
                body[2] = in.readInt(t);
            } else if (v2 && id == 4) {
                body[1] = in.readInt(t);
            } else if (v2 && id == 5) {
                body[3] = in.readInt(t);
            } else if (v2 && id == 6) {
                body[4] = in.readInt(t);
            } else if (v2 && id == 7) {
                compressed[0] = in.readBool(t);
            } else {
                in.skip(t);
            }
        }
        if (dictionary && body[1] < 0) {
            body[1] = 0;
        }
    }
}
