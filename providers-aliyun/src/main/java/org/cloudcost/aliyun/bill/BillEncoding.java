package org.cloudcost.aliyun.bill;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cloudcost.core.format.CsvHeader;

/**
 * The encoding of a bill export, told from its first bytes. The console writes UTF-8 (with or
 * without a byte-order mark); a bill opened and saved again by Excel on a Chinese Windows is GBK
 * (code page 936). Nothing is guessed: the sample is UTF-8 when it decodes strictly as UTF-8;
 * GBK when it does not, decodes strictly as GBK and its first line is a Chinese bill header;
 * otherwise UTF-8, so that what cannot be read shows as U+FFFD, which the format turns into an
 * error naming the file (header) or the file, line and column (records).
 */
final class BillEncoding {
    /** Simplified Chinese Windows' code page 936, as Excel saves CSV there. */
    static final Charset GBK = Charset.forName("GBK");

    private BillEncoding() {
    }

    /** The charset of a file whose first bytes are {@code sample}. */
    static Charset of(byte[] sample) {
        if (decodesStrictly(sample, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        if (decodesStrictly(sample, GBK) && BillHeaders.isBill(firstLine(sample, GBK))) {
            return GBK;
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * True when every byte of {@code sample} is text in {@code charset}; a character cut by the
     * end of the sample counts as text (the sample may stop inside one).
     */
    static boolean decodesStrictly(byte[] sample, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            var result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true; // all decoded, or only an incomplete last character is left
            }
            out.clear();
        }
    }

    /** The first line of the sample decoded in {@code charset}, split into column names. */
    private static CsvHeader firstLine(byte[] sample, Charset charset) {
        String text;
        try {
            text = charset.newDecoder().decode(ByteBuffer.wrap(sample, 0, lineEnd(sample))).toString();
        } catch (CharacterCodingException e) {
            return new CsvHeader("", List.of());
        }
        List<String> names = new ArrayList<>();
        for (String name : text.split(",", -1)) {
            String n = name.strip();
            if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
                n = n.substring(1, n.length() - 1).replace("\"\"", "\"");
            }
            names.add(n);
        }
        return new CsvHeader("", names);
    }

    private static int lineEnd(byte[] sample) {
        for (int i = 0; i < sample.length; i++) {
            if (sample[i] == '\n' || sample[i] == '\r') {
                return i;
            }
        }
        return sample.length;
    }
}
