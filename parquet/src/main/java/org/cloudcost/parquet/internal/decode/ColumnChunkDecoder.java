package org.cloudcost.parquet.internal.decode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Decodes one column chunk, page by page: decompression (none, Snappy, GZIP), repetition and
 * definition levels (RLE/bit-packed), values PLAIN, through the chunk's dictionary, or in a delta
 * encoding ({@link DeltaEncodings}). What it
 * cannot decode, {@link #supports} says before a scan starts, so the caller can choose another
 * reader. One decoder per thread: it reuses its buffers from chunk to chunk.
 *
 * <pre>{@code
 * ColumnChunkDecoder decoder = new ColumnChunkDecoder();
 * decoder.decode(channel, chunk, maxDefinition, maxRepetition, dictionary, column);   // column: reused too
 * }</pre>
 */
public final class ColumnChunkDecoder {
    /** Physical types. */
    public static final int INT32 = 1;
    public static final int INT64 = 2;
    public static final int FLOAT = 4;
    public static final int DOUBLE = 5;
    public static final int BYTE_ARRAY = 6;
    private static final int PLAIN = 0;
    private static final int PLAIN_DICTIONARY = 2;
    private static final int RLE = 3;
    private static final int DELTA_BINARY_PACKED = 5;
    private static final int DELTA_LENGTH_BYTE_ARRAY = 6;
    private static final int DELTA_BYTE_ARRAY = 7;
    private static final int RLE_DICTIONARY = 8;
    /**
     * Level and value encodings this decoder reads. BIT_PACKED (4), the deprecated level encoding,
     * is listed by parquet-java writers for levels they never write (a column without levels); the
     * DELTA_* encodings are what parquet-java's v2 writer falls back to when a dictionary outgrows
     * its page.
     */
    private static final Set<Integer> ENCODINGS = Set.of(PLAIN, PLAIN_DICTIONARY, RLE, PageHeader.BIT_PACKED, DELTA_BINARY_PACKED,
            DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY, RLE_DICTIONARY);
    private static final Set<Integer> CODECS = Set.of(0, 1, 2);
    private static final Set<Integer> TYPES = Set.of(INT32, INT64, FLOAT, DOUBLE, BYTE_ARRAY);
    /** Snappy's most output per input byte: a 3-byte copy of 64 bytes; a page claiming more is corrupt, not allocated. */
    private static final int SNAPPY_MAX_EXPANSION = 22;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] chunkBytes = new byte[0];
    private byte[] pageBytes = new byte[0];
    private int[] indices = new int[0];
    private final DeltaEncodings delta = new DeltaEncodings();
    /** The current page's decompressed bytes: {@code data[dataFrom..dataEnd)}. */
    private byte[] data;
    private int dataFrom;
    private int dataEnd;

    /** Why this decoder cannot read {@code chunk}, or null when it can. */
    public static String supports(FileFooter.ColumnChunk chunk) {
        if (chunk.filePath() != null) {
            return "column " + column(chunk) + " lies in another file (" + chunk.filePath() + ")";
        }
        if (!TYPES.contains(chunk.type())) {
            return "column " + column(chunk) + " has physical type " + chunk.type();
        }
        if (!CODECS.contains(chunk.codec())) {
            return "column " + column(chunk) + " is compressed with codec " + chunk.codec();
        }
        for (int e : chunk.encodings()) {
            if (!ENCODINGS.contains(e)) {
                return "column " + column(chunk) + " uses encoding " + e;
            }
        }
        if (chunk.length() > Integer.MAX_VALUE - 16 || chunk.numValues() > Integer.MAX_VALUE - 16) {
            return "column " + column(chunk) + " has a chunk over 2 GB";
        }
        return null;
    }

    /**
     * Decodes {@code chunk}.
     *
     * @param dictionary where a BYTE_ARRAY column's values get their codes
     */
    public void decode(FileChannel channel, FileFooter.ColumnChunk chunk, int maxDefinition, int maxRepetition,
            ByteDictionary dictionary, DecodedColumn out) throws IOException {
        int length = (int) chunk.length();
        if (chunkBytes.length < length) {
            chunkBytes = new byte[grown(length)];
        }
        ByteBuffer buffer = ByteBuffer.wrap(chunkBytes, 0, length);
        FileFooter.readFully(channel, buffer, chunk.start());
        byte[] bytes = chunkBytes;
        int total = (int) chunk.numValues();
        out.entries = 0;
        out.values = 0;
        out.dense = false;
        out.definition = maxDefinition > 0 ? atLeast(out.definition, total) : null;
        out.repetition = maxRepetition > 0 ? atLeast(out.repetition, total) : null;
        boolean text = chunk.type() == BYTE_ARRAY;
        out.codes = text ? atLeast(out.codes, total) : null;
        if (!text && (out.longs == null || out.longs.length < total)) {
            out.longs = new long[total];
        }
        int[] dictionaryCodes = null;
        long[] dictionaryLongs = null;
        int pos = 0;
        while (out.entries < total) {
            if (pos >= length) {
                throw new ParquetFormatException("column " + column(chunk) + " ends after " + out.entries + " of "
                        + total + " values");
            }
            PageHeader page = PageHeader.parse(bytes, pos, length);
            int body = pos + page.size();
            if (page.compressedSize() > length - body) {
                throw new ParquetFormatException("a page of column " + column(chunk) + " runs past its chunk");
            }
            pos = body + page.compressedSize();
            switch (page.type()) {
                case PageHeader.DICTIONARY -> {
                    decompress(chunk.codec(), bytes, body, page.compressedSize(), page.uncompressedSize());
                    // each entry takes at least 4 bytes (a text's length, an INT32) before anything is allocated for it
                    if (page.numValues() < 0 || (long) page.numValues() * 4 > dataEnd - dataFrom) {
                        throw new ParquetFormatException("a dictionary of " + page.numValues() + " values in " + (dataEnd - dataFrom)
                                + " bytes in column " + column(chunk));
                    }
                    if (text) {
                        dictionaryCodes = new int[page.numValues()];
                        plainText(data, dataFrom, dataEnd, page.numValues(), dictionary, dictionaryCodes, 0);
                    } else {
                        dictionaryLongs = new long[page.numValues()];
                        plainNumbers(chunk.type(), data, dataFrom, dataEnd, dictionaryLongs, 0, page.numValues());
                    }
                }
                case PageHeader.DATA, PageHeader.DATA_V2 -> dataPage(chunk, total, page, bytes, body, maxDefinition, maxRepetition, dictionary,
                        dictionaryCodes, dictionaryLongs, out);
                default -> {
                    // index pages carry nothing a scan needs
                }
            }
        }
        out.dense = maxRepetition == 0 && out.values == out.entries;
    }

    private static String column(FileFooter.ColumnChunk chunk) {
        return String.join(".", chunk.path());
    }

    private static int[] atLeast(int[] a, int n) {
        return a != null && a.length >= n ? a : new int[grown(n)];
    }

    /** A buffer size for {@code n}: an eighth more, so that slightly larger chunks reuse it, within an array's limit. */
    private static int grown(int n) {
        return (int) Math.min(Integer.MAX_VALUE - 16L, n + (long) (n >>> 3));
    }

    private void dataPage(FileFooter.ColumnChunk chunk, int total, PageHeader page, byte[] bytes, int body, int maxDefinition,
            int maxRepetition, ByteDictionary dictionary, int[] dictionaryCodes, long[] dictionaryLongs, DecodedColumn out) {
        int n = page.numValues();
        if (n < 0 || n > total - out.entries) {
            throw new ParquetFormatException("column " + column(chunk) + " has more values than its metadata says");
        }
        int at;
        int end;
        int repetitionBits = bitWidth(maxRepetition);
        int definitionBits = bitWidth(maxDefinition);
        if (page.type() == PageHeader.DATA) {
            decompress(chunk.codec(), bytes, body, page.compressedSize(), page.uncompressedSize());
            at = dataFrom;
            end = dataEnd;
            if (maxRepetition > 0) {
                at = levels(data, at, end, page.repetitionEncoding(), repetitionBits, out.repetition, out.entries, n);
            }
            if (maxDefinition > 0) {
                at = levels(data, at, end, page.definitionEncoding(), definitionBits, out.definition, out.entries, n);
            }
        } else {
            int levelBytes = page.repetitionLength() + page.definitionLength();
            if (page.repetitionLength() < 0 || page.definitionLength() < 0 || levelBytes > page.compressedSize()) {
                throw new ParquetFormatException("a v2 page of column " + column(chunk) + " with bad level lengths");
            }
            if (maxRepetition > 0) {
                RleHybrid.decode(bytes, body, body + page.repetitionLength(), repetitionBits, out.repetition, out.entries, n);
            }
            if (maxDefinition > 0) {
                int from = body + page.repetitionLength();
                RleHybrid.decode(bytes, from, from + page.definitionLength(), definitionBits, out.definition, out.entries, n);
            }
            int valuesFrom = body + levelBytes;
            int valuesLength = page.compressedSize() - levelBytes;
            decompress(page.compressed() ? chunk.codec() : 0, bytes, valuesFrom, valuesLength, page.uncompressedSize() - levelBytes);
            at = dataFrom;
            end = dataEnd;
        }
        int present = n;
        if (maxDefinition > 0) {
            present = 0;
            int[] d = out.definition;
            for (int i = out.entries, e = out.entries + n; i < e; i++) {
                if (d[i] == maxDefinition) {
                    present++;
                }
            }
        }
        int v = out.values;
        switch (page.encoding()) {
            case PLAIN -> {
                if (out.codes != null) {
                    plainText(data, at, end, present, dictionary, out.codes, v);
                } else {
                    plainNumbers(chunk.type(), data, at, end, out.longs, v, present);
                }
            }
            case PLAIN_DICTIONARY, RLE_DICTIONARY -> {
                if (dictionaryCodes == null && dictionaryLongs == null) {
                    throw new ParquetFormatException("column " + column(chunk) + " has dictionary-coded values but no dictionary");
                }
                if (present > 0) {
                    if (at >= end) {
                        throw new ParquetFormatException("column " + column(chunk) + ": dictionary indices cut short");
                    }
                    int width = data[at] & 0xff;
                    if (indices.length < present) {
                        indices = new int[grown(present)];
                    }
                    RleHybrid.decode(data, at + 1, end, width, indices, 0, present);
                    int size = dictionaryCodes != null ? dictionaryCodes.length : dictionaryLongs.length;
                    for (int i = 0; i < present; i++) {
                        int index = indices[i];
                        if (index < 0 || index >= size) {
                            throw new ParquetFormatException("column " + column(chunk) + ": dictionary index " + index
                                    + " of a dictionary of " + size);
                        }
                        if (dictionaryCodes != null) {
                            out.codes[v + i] = dictionaryCodes[index];
                        } else {
                            out.longs[v + i] = dictionaryLongs[index];
                        }
                    }
                }
            }
            case DELTA_BINARY_PACKED -> {
                if (out.codes != null || chunk.type() == FLOAT || chunk.type() == DOUBLE) {
                    throw new ParquetFormatException("column " + column(chunk) + " of type " + chunk.type() + " in DELTA_BINARY_PACKED");
                }
                if (present > 0) {
                    delta.integers(data, at, end, out.longs, v, present);
                    if (chunk.type() == INT32) {
                        for (int i = v; i < v + present; i++) {
                            out.longs[i] = (int) out.longs[i];
                        }
                    }
                }
            }
            case DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY -> {
                if (out.codes == null) {
                    throw new ParquetFormatException("column " + column(chunk) + " of type " + chunk.type() + " in encoding " + page.encoding());
                }
                if (present > 0) {
                    delta.texts(data, at, end, present, dictionary, out.codes, v, page.encoding() == DELTA_BYTE_ARRAY);
                }
            }
            default -> throw new ParquetFormatException("column " + column(chunk) + " has a page in encoding " + page.encoding());
        }
        out.values += present;
        out.entries += n;
    }

    /**
     * Levels of a v1 page: a 4-byte length then the RLE/bit-packed hybrid, or the deprecated
     * BIT_PACKED (no length); returns the position after them.
     */
    private static int levels(byte[] data, int at, int end, int encoding, int bits, int[] target, int from, int n) {
        if (encoding == PageHeader.BIT_PACKED) {
            return bitPacked(data, at, end, bits, target, from, n);
        }
        if (encoding != PageHeader.RLE) {
            throw new ParquetFormatException("levels in encoding " + encoding);
        }
        if (at + 4 > end) {
            throw new ParquetFormatException("levels cut short");
        }
        int length = (int) INTS.get(data, at);
        int start = at + 4;
        if (length < 0 || length > end - start) {
            throw new ParquetFormatException("levels of " + length + " bytes in a page of " + (end - at));
        }
        RleHybrid.decode(data, start, start + length, bits, target, from, n);
        return start + length;
    }

    /** The deprecated BIT_PACKED levels: {@code n} values of {@code bits} bits, most significant bit first. */
    static int bitPacked(byte[] data, int at, int end, int bits, int[] target, int from, int n) {
        long length = ((long) n * bits + 7) / 8;
        if (length > end - at) {
            throw new ParquetFormatException("bit-packed levels cut short");
        }
        long bit = (long) at * 8;
        for (int i = 0; i < n; i++) {
            int v = 0;
            for (int b = 0; b < bits; b++, bit++) {
                v = v << 1 | (data[(int) (bit >>> 3)] >>> (7 - (int) (bit & 7))) & 1;
            }
            target[from + i] = v;
        }
        return at + (int) length;
    }

    private static int bitWidth(int maxLevel) {
        return 32 - Integer.numberOfLeadingZeros(maxLevel);
    }

    private static void plainText(byte[] data, int at, int end, int count, ByteDictionary dictionary, int[] codes, int into) {
        int p = at;
        for (int i = 0; i < count; i++) {
            if (p + 4 > end) {
                throw new ParquetFormatException("text values cut short");
            }
            int length = (int) INTS.get(data, p);
            p += 4;
            if (length < 0 || length > end - p) {
                throw new ParquetFormatException("a text value of " + length + " bytes past its page");
            }
            codes[into + i] = dictionary.intern(data, p, length);
            p += length;
        }
    }

    private static void plainNumbers(int type, byte[] data, int at, int end, long[] into, int from, int count) {
        int width = type == INT64 || type == DOUBLE ? 8 : 4;
        if ((long) count * width > end - at) {
            throw new ParquetFormatException("numeric values cut short");
        }
        int p = at;
        for (int i = 0; i < count; i++, p += width) {
            into[from + i] = switch (type) {
                case INT32 -> (int) INTS.get(data, p);
                case FLOAT -> Double.doubleToRawLongBits(Float.intBitsToFloat((int) INTS.get(data, p)));
                default -> (long) LONGS.get(data, p);
            };
        }
    }

    /** Decompresses a page's bytes into {@link #data}{@code [dataFrom..dataEnd)}: in place when not compressed. */
    private void decompress(int codec, byte[] bytes, int offset, int length, int uncompressed) {
        switch (codec) {
            case 0 -> {
                if (length != uncompressed) {
                    throw new ParquetFormatException("an uncompressed page of " + length + " bytes that says " + uncompressed);
                }
                data = bytes;
                dataFrom = offset;
                dataEnd = offset + length;
            }
            case 1 -> {
                if (uncompressed < 0 || uncompressed > (long) length * SNAPPY_MAX_EXPANSION + 16) {
                    throw new ParquetFormatException("a Snappy page of " + length + " bytes that says " + uncompressed + " uncompressed");
                }
                if (pageBytes.length < uncompressed) {
                    pageBytes = new byte[grown(uncompressed)];
                }
                data = Snappy.decompress(bytes, offset, length, uncompressed, pageBytes);
                dataFrom = 0;
                dataEnd = uncompressed;
            }
            case 2 -> {
                if (uncompressed < 0) {
                    throw new ParquetFormatException("a GZIP page that says " + uncompressed + " bytes uncompressed");
                }
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes, offset, length))) {
                    byte[] out = in.readNBytes(uncompressed);
                    if (out.length != uncompressed || in.read() >= 0) {
                        throw new ParquetFormatException("a GZIP page whose size is not the " + uncompressed + " bytes its header says");
                    }
                    data = out;
                    dataFrom = 0;
                    dataEnd = uncompressed;
                } catch (IOException e) {
                    throw new ParquetFormatException("corrupt GZIP data: " + e.getMessage());
                }
            }
            default -> throw new ParquetFormatException("codec " + codec);
        }
    }
}
