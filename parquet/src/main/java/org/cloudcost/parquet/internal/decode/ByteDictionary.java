package org.cloudcost.parquet.internal.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Distinct byte strings, each given a code from 0 in the order first seen: a column's text
 * values across the row groups of a file, so that rows are grouped on integers and each value
 * becomes a Java string once.
 *
 * <pre>{@code
 * ByteDictionary d = new ByteDictionary();
 * int code = d.intern(page, at, length);
 * String s = d.text(code);
 * }</pre>
 */
public final class ByteDictionary {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[] arena = new byte[1 << 12];
    private int used;
    private int[] offsets = new int[1 << 8];
    private int[] hashes = new int[1 << 8];
    private int size;
    private int[] slots = new int[1 << 9];
    private String[] texts = new String[0];

    /** The code of the bytes {@code in[offset..offset+length)}, added when new. */
    public int intern(byte[] in, int offset, int length) {
        int h = hash(in, offset, length);
        int mask = slots.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            int code = slots[s] - 1;
            if (code < 0) {
                return add(in, offset, length, h, s);
            }
            if (hashes[code] == h && equal(code, in, offset, length)) {
                return code;
            }
        }
    }

    private boolean equal(int code, byte[] in, int offset, int length) {
        int from = offsets[code];
        int to = code + 1 < size ? offsets[code + 1] : used;
        return to - from == length && Arrays.equals(arena, from, to, in, offset, offset + length);
    }

    private int add(byte[] in, int offset, int length, int h, int slot) {
        if (used + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + length));
        }
        System.arraycopy(in, offset, arena, used, length);
        if (size == offsets.length) {
            offsets = Arrays.copyOf(offsets, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
        }
        offsets[size] = used;
        hashes[size] = h;
        used += length;
        int code = size++;
        slots[slot] = code + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int code = 0; code < size; code++) {
            int s = hashes[code] & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = code + 1;
        }
    }

    /** How many distinct values. */
    public int size() {
        return size;
    }

    /** The bytes of {@code code}, copied. */
    public byte[] bytes(int code) {
        int from = offsets[code];
        int to = code + 1 < size ? offsets[code + 1] : used;
        return Arrays.copyOfRange(arena, from, to);
    }

    /** The value of {@code code} as UTF-8 text, decoded once. */
    public String text(int code) {
        if (texts.length < size) {
            texts = Arrays.copyOf(texts, size);
        }
        String s = texts[code];
        if (s == null) {
            int from = offsets[code];
            int to = code + 1 < size ? offsets[code + 1] : used;
            s = new String(arena, from, to - from, StandardCharsets.UTF_8);
            texts[code] = s;
        }
        return s;
    }

    /** A hash of the bytes, eight at a time. */
    private static int hash(byte[] in, int offset, int length) {
        long h = length * 0x9e3779b97f4a7c15L;
        int i = offset;
        int end = offset + length;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(in, i)) * 0xbf58476d1ce4e5b9L;
            h ^= h >>> 29;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (in[i] & 0xffL) << shift;
        }
        h = (h ^ tail) * 0x94d049bb133111ebL;
        return (int) (h ^ (h >>> 32));
    }
}
