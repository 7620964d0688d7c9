package org.cloudcost.core.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.cloudcost.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTokenizerTest {

    private static List<List<String>> tokenize(byte[] bytes, int bufferSize, Charset cs) {
        List<List<String>> records = new ArrayList<>();
        try (CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(bytes), "t.csv", ',', bufferSize)) {
            while (t.next()) {
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < t.fieldCount(); i++) {
                    String s = new String(t.buffer(), t.start(i), t.end(i) - t.start(i), cs);
                    fields.add(t.hasEscapedQuotes(i) ? s.replace("\"\"", "\"") : s);
                }
                records.add(fields);
            }
        }
        return records;
    }

    /** A reference parser written the slow, obvious way, over chars. */
    private static List<List<String>> reference(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            any = true;
            if (c == '"' && f.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        f.append(q);
                        i++;
                    }
                }
                continue;
            }
            if (c == ',') {
                rec.add(f.toString());
                f.setLength(0);
                i++;
            } else if (c == '\n' || c == '\r') {
                rec.add(f.toString());
                f.setLength(0);
                out.add(rec);
                rec = new ArrayList<>();
                any = false;
                i += (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') ? 2 : 1;
            } else {
                f.append(c);
                i++;
            }
        }
        if (any) {
            rec.add(f.toString());
            out.add(rec);
        }
        return out;
    }

    private static String randomCsv(Random rnd) {
        String[] atoms = {"a", "bc", "12.5", "", "\"q,uoted\"", "\"he said \"\"hi\"\"\"", "\"multi\nline\"", "\"cr\r\nlf\"",
            "北京", "\"\"", "x y", "NULL"};
        StringBuilder sb = new StringBuilder();
        int records = 1 + rnd.nextInt(30);
        for (int r = 0; r < records; r++) {
            int fields = 1 + rnd.nextInt(6);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    sb.append(',');
                }
                sb.append(atoms[rnd.nextInt(atoms.length)]);
            }
            if (r < records - 1 || rnd.nextBoolean()) {
                sb.append(rnd.nextInt(3) == 0 ? "\r\n" : "\n");
            }
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 5, 7, 16, 64, 1 << 20})
    void matchesTheReferenceParserWhateverTheBufferSize(int bufferSize) {
        Random rnd = new Random(42);
        for (int n = 0; n < 500; n++) {
            String csv = randomCsv(rnd);
            List<List<String>> expected = reference(csv);
            assertThat(tokenize(csv.getBytes(StandardCharsets.UTF_8), bufferSize, StandardCharsets.UTF_8))
                    .as("case %d: %s", n, csv).isEqualTo(expected);
        }
    }

    @Test
    void countsPhysicalLinesIncludingBreaksInsideQuotes() {
        byte[] csv = "h1,h2\r\n\"a\nb\",c\r\nd,\"e\r\nf\"\ng,h".getBytes(StandardCharsets.UTF_8);
        for (int size : new int[] {4, 1024}) {
            List<Long> lines = new ArrayList<>();
            try (CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(csv), "t.csv", ',', size)) {
                while (t.next()) {
                    lines.add(t.recordLine());
                }
            }
            assertThat(lines).as("buffer %d", size).containsExactly(1L, 2L, 4L, 6L);
        }
    }

    @Test
    void skipsTheUtf8ByteOrderMark() {
        byte[] csv = "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertThat(tokenize(csv, 1024, StandardCharsets.UTF_8).get(0)).containsExactly("a", "b");
    }

    @Test
    void gbkBytesNeverSplitAField() {
        Charset gbk = Charset.forName("GBK");
        String text = "账期,产品,应付金额\n2026-10,云服务器 ECS,\"1,234.50\"\n";
        assertThat(tokenize(text.getBytes(gbk), 8, gbk))
                .containsExactly(List.of("账期", "产品", "应付金额"), List.of("2026-10", "云服务器 ECS", "1,234.50"));
    }

    @Test
    void textAfterAClosingQuoteIsAnError() {
        byte[] csv = "a,b\n\"x\"y,2\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> tokenize(csv, 1024, StandardCharsets.UTF_8))
                .isInstanceOf(InputException.class)
                .hasMessage("t.csv:2:1: unexpected character 'y' after a closing quote; expected a delimiter or a line end");
    }

    @Test
    void blankLineIsRecognised() {
        try (CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream("a\n\n\"\"\n".getBytes()), "t", ',')) {
            assertThat(t.next()).isTrue();
            assertThat(t.isBlankLine()).isFalse();
            assertThat(t.next()).isTrue();
            assertThat(t.isBlankLine()).isTrue();
            assertThat(t.next()).isTrue();
            assertThat(t.isBlankLine()).as("a quoted empty field is data").isFalse();
            assertThat(t.next()).isFalse();
        }
    }

    /**
     * Everything a tokenizer reports about each record, and the error that ends the input if
     * any: a 4-byte buffer never takes the one-pass path, a large one nearly always does.
     */
    private static List<String> trace(byte[] bytes, int bufferSize) {
        List<String> out = new ArrayList<>();
        try (CsvTokenizer t = new CsvTokenizer(new ByteArrayInputStream(bytes), "t.csv", ',', bufferSize)) {
            while (t.next()) {
                StringBuilder sb = new StringBuilder("line " + t.recordLine() + " @" + t.recordOffset() + ":");
                for (int i = 0; i < t.fieldCount(); i++) {
                    sb.append(" [").append(new String(t.buffer(), t.start(i), t.end(i) - t.start(i), StandardCharsets.UTF_8))
                            .append(t.isQuoted(i) ? "|q" : "").append(t.hasEscapedQuotes(i) ? "|e" : "").append(']');
                }
                out.add(sb.append(" next @").append(t.offset()).append(" breaks ").append(t.lineBreaks()).toString());
            }
            out.add("end @" + t.recordOffset());
        } catch (InputException e) {
            out.add("error " + e.getMessage());
        }
        return out;
    }

    @Test
    void theOnePassPathReadsExactlyWhatTheGeneralLoopReads() {
        String[] atoms = {"", "a", "12.5", "abcdefghijklmnopqrstuvwxyz0123456789", "a\"b", "tab\there", "\"q,uo,ted\"",
            "\"he said \"\"hi\"\"\"", "\"multi\nline\"", "\"cr\r\nlf\"", "\"lone\rcr\"", "\"\"", "\"\"\"\"",
            "\"a long quoted field, with commas, that spans several words\"", "北京", "NULL", "\"x\"y",
            "-1.5", "\"#tag\"", "\"-\"", "\"a\"\"\"\"#\""};
        String[] ends = {"\n", "\r\n", "\r"};
        Random rnd = new Random(8);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder sb = new StringBuilder();
            int records = 1 + rnd.nextInt(12);
            for (int r = 0; r < records; r++) {
                int fields = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 90 : 8); // past 64 fields the arrays grow
                for (int f = 0; f < fields; f++) {
                    if (f > 0) {
                        sb.append(',');
                    }
                    String atom = atoms[rnd.nextInt(atoms.length)];
                    sb.append(atom.equals("\"x\"y") && rnd.nextInt(4) != 0 ? "x" : atom); // text after a quote, now and then
                }
                if (r < records - 1 || rnd.nextBoolean()) {
                    sb.append(ends[rnd.nextInt(ends.length)]);
                }
            }
            byte[] csv = sb.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(trace(csv, 1 << 16)).as("case %d: %s", n, sb).isEqualTo(trace(csv, 4));
        }
    }
}
