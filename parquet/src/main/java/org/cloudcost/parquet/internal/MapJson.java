package org.cloudcost.parquet.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.cloudcost.parquet.internal.decode.ByteDictionary;

/**
 * A map of text as the JSON text a CSV export writes and DuckDB's {@code to_json} gives:
 * {@code {"user_env":"prod","team":null}}, entries in stored order.
 *
 * <pre>{@code
 * String json = MapJson.of(pairs, keys, values);   // pairs: (key code, value code + 1) ints
 * }</pre>
 */
final class MapJson {
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private MapJson() {
    }

    /** The JSON object of the pairs, each a key code and a value code plus one (0: null). */
    static String of(byte[] pairs, ByteDictionary keys, ByteDictionary values) {
        StringBuilder b = new StringBuilder(2 + pairs.length * 4).append('{');
        for (int at = 0; at < pairs.length; at += 8) {
            if (at > 0) {
                b.append(',');
            }
            quoted(b, keys.text((int) INTS.get(pairs, at)));
            b.append(':');
            int value = (int) INTS.get(pairs, at + 4);
            if (value == 0) {
                b.append("null");
            } else {
                quoted(b, values.text(value - 1));
            }
        }
        return b.append('}').toString();
    }

    private static void quoted(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
