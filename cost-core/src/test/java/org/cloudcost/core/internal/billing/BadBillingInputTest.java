package org.cloudcost.core.internal.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.cloudcost.core.CloudcostException;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.InputException;
import org.cloudcost.core.config.CloudcostConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad billing input gives one line naming the file, the line and the column. */
class BadBillingInputTest {
    static final String HEADER = "BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName\n";

    @TempDir
    Path tmp;

    private InputException fail(String name, String content) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, content);
        InputException e = catchThrowableOfType(InputException.class, () -> CostDataset.read().billing(f).load());
        assertThat(e).as("expected an InputException for " + name).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(f.toString());
        return e;
    }

    @Test
    void nonNumericCost() throws IOException {
        InputException e = fail("cost.csv", HEADER + "1.5,USD,Usage,2026-10-01,Compute,EC2\ntwelve,USD,Usage,2026-10-01,Compute,EC2\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.columnName()).contains("BilledCost");
        assertThat(e.getMessage()).contains("expected a decimal number").contains("\"twelve\"");
    }

    @Test
    void unparseableDate() throws IOException {
        InputException e = fail("date.csv", HEADER + "1.5,USD,Usage,01/10/2026,Compute,EC2\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.getMessage()).contains("ChargePeriodStart").contains("expected a timestamp").contains("01/10/2026");
    }

    @Test
    void impossibleDate() throws IOException {
        InputException e = fail("feb30.csv", HEADER + "1.5,USD,Usage,2026-02-30T00:00:00Z,Compute,EC2\n");
        assertThat(e.column()).isEqualTo(4);
    }

    @Test
    void truncatedLine() throws IOException {
        InputException e = fail("trunc.csv", HEADER + "1.5,USD,Usage,2026-10-01,Compute,EC2\n2.5,USD,Usage\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.getMessage()).contains("truncated line").contains("3 fields").contains("header has 6");
    }

    @Test
    void tooManyFields() throws IOException {
        InputException e = fail("extra.csv", HEADER + "1,5,USD,Usage,2026-10-01,Compute,EC2\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.getMessage()).contains("7 fields");
    }

    @Test
    void unterminatedQuoteAtEndOfFile() throws IOException {
        InputException e = fail("quote.csv", HEADER + "1.5,USD,Usage,2026-10-01,Compute,\"EC2\n3,USD");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(6);
        assertThat(e.getMessage()).contains("unterminated quoted field");
    }

    @Test
    void missingMandatoryColumn() throws IOException {
        InputException e = fail("nocat.csv", "BilledCost,BillingCurrency,ChargePeriodStart,ServiceCategory,ServiceName\n1,USD,2026-10-01,Compute,EC2\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("missing mandatory column \"ChargeCategory\"");
    }

    @Test
    void emptyFileAndHeaderOnlyBlank() throws IOException {
        Path empty = tmp.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> CostDataset.read().billing(empty).load())
                .isInstanceOf(InputException.class).hasMessage(empty + ": empty file: expected a header row and data");
        InputException e = fail("blank.csv", "\n\n");
        assertThat(e.getMessage()).contains("empty file");
    }

    @Test
    void blankFirstLineIsNotTakenForAnEmptyFile() throws IOException {
        InputException e = fail("blank-first.csv", "\n" + HEADER + "1.5,USD,Usage,2026-10-01,Compute,EC2\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).endsWith("line 1 is blank: expected a header row");
    }

    @Test
    void outOfRangeNumber() throws IOException {
        InputException e = fail("huge.csv", HEADER + "1e400,USD,Usage,2026-10-01,Compute,EC2\n");
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("out of range");
    }

    @Test
    void headerWithoutDataIsNothingToAnalyse() throws IOException {
        InputException e = fail("header-only.csv", HEADER);
        assertThat(e.getMessage()).endsWith("no billing lines, only a header: nothing to analyse");
    }

    @Test
    void aHeaderOnlyFileBesideARealBillIsFine() throws IOException {
        Path empty = tmp.resolve("empty-account.csv");
        Path bill = tmp.resolve("bill.csv");
        Files.writeString(empty, HEADER);
        Files.writeString(bill, HEADER + "1.5,USD,Usage,2026-10-01,Compute,EC2\n");
        CostDataset ds = CostDataset.read().billing(empty, bill).load();
        assertThat(ds.readReport().files()).extracting(r -> r.dataLines()).containsExactly(0L, 1L);
    }

    @Test
    void theSameFileTwiceWouldCountTwiceAndIsRefused() throws IOException {
        Path bill = tmp.resolve("bill.csv");
        Files.writeString(bill, HEADER + "1.5,USD,Usage,2026-10-01,Compute,EC2\n");
        Path sameByAnotherName = tmp.resolve("sub/../bill.csv");
        Files.createDirectories(tmp.resolve("sub"));
        assertThatThrownBy(() -> CostDataset.read().billing(bill, sameByAnotherName).load())
                .isInstanceOf(InputException.class)
                .hasMessage(sameByAnotherName + ": named twice (also as " + bill + "): its lines would be counted twice");
    }

    @Test
    void aSumBeyondWhatCanBeKeptExactlyIsNamedAtItsLine() throws IOException {
        InputException e = fail("huge.csv", HEADER + "1.5,USD,Usage,2026-10-01,Compute,EC2\n"
                + "9e18,USD,Usage,2026-10-02,Compute,EC2\n9e18,USD,Usage,2026-10-02,Compute,EC2\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("amount out of range");
    }

    @Test
    void aRepeatedHeaderInAnotherColumnOrderIsNotSkipped() throws IOException {
        String swapped = "BilledCost,BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceName,ServiceCategory\n";
        InputException e = fail("perm.csv", HEADER + "1.5,USD,Usage,2026-10-01,Compute,EC2\n" + swapped
                + "2.5,USD,Usage,2026-10-01,EC2,Compute\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("expected a decimal number, found \"BilledCost\"");
    }

    @Test
    void aMalformedHeaderIsNamedAsSuch() throws IOException {
        InputException e = fail("badhdr.csv", "\"BilledCost,BillingCurrency\n1,USD\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("unterminated quoted field").doesNotContain("empty file");
    }

    @Test
    void aFocusFileMissingBilledCostIsToldSo() throws IOException {
        InputException e = fail("nobilled.csv", "BillingCurrency,ChargeCategory,ChargePeriodStart,ServiceCategory,ServiceName\n"
                + "USD,Usage,2026-10-01,Compute,EC2\n");
        assertThat(e.getMessage()).contains("missing mandatory column \"BilledCost\"");
    }

    @Test
    void aValueWithALineBreakStaysOnOneLineInTheMessage() throws IOException {
        InputException e = fail("nl.csv", HEADER + "\"12\n34\",USD,Usage,2026-10-01,Compute,EC2\n");
        assertThat(e.getMessage()).contains("found \"12\\n34\"");
    }

    @Test
    void binaryFilesAreNamedForWhatTheyAre() throws IOException {
        Path utf16 = tmp.resolve("utf16.csv");
        Files.write(utf16, ("\uFEFF" + HEADER).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> CostDataset.read().billing(utf16).load()).hasMessage(utf16 + ": is UTF-16 text; save it as UTF-8 CSV");
        Path xlsx = tmp.resolve("bill.xlsx");
        Files.write(xlsx, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        assertThatThrownBy(() -> CostDataset.read().billing(xlsx).load()).hasMessageContaining("is a zip archive");
        Path nul = tmp.resolve("nul.csv");
        Files.write(nul, new byte[] {'a', 0, 'b', '\n'});
        assertThatThrownBy(() -> CostDataset.read().billing(nul).load()).hasMessageContaining("NUL bytes");
    }

    @Test
    void bomOnlyFileIsEmpty() throws IOException {
        Path f = tmp.resolve("bom.csv");
        Files.write(f, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThatThrownBy(() -> CostDataset.read().billing(f).load()).isInstanceOf(InputException.class)
                .hasMessageContaining("empty file");
    }

    @Test
    void unknownFormatListsTheKnownOnes() throws IOException {
        InputException e = fail("unknown.csv", "date,amount,what\n2026-10-01,5,coffee\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("unknown billing format").contains("date,amount,what").contains("focus (FOCUS");
    }

    @Test
    void unknownForcedFormat() throws IOException {
        Path f = tmp.resolve("x.csv");
        Files.writeString(f, HEADER);
        assertThatThrownBy(() -> CostDataset.read().billing(f).billingFormat("nope").load())
                .isInstanceOf(InputException.class).hasMessageContaining("unknown billing format \"nope\"; known formats: ").hasMessageContaining("focus (FOCUS");
    }

    @Test
    void corruptGzip() throws IOException {
        Path gz = tmp.resolve("bill.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            for (int i = 0; i < 20_000; i++) {
                out.write((i == 0 ? HEADER : "1.5,USD,Usage,2026-10-01,Compute,EC2 " + i + "\n").getBytes());
            }
        }
        byte[] bytes = Files.readAllBytes(gz);
        Path broken = tmp.resolve("broken.csv.gz");
        Files.write(broken, Arrays.copyOf(bytes, bytes.length / 2)); // truncated mid-stream
        InputException e = catchThrowableOfType(InputException.class, () -> CostDataset.read().billing(broken).load());
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(broken.toString()).contains("gzip").doesNotContain("\n");

        Path garbage = tmp.resolve("garbage.csv.gz");
        byte[] g = bytes.clone();
        for (int i = 20; i < 60; i++) {
            g[i] = (byte) 0xFF;
        }
        Files.write(garbage, g);
        assertThatThrownBy(() -> CostDataset.read().billing(garbage).load()).isInstanceOf(InputException.class)
                .hasMessageContaining("gzip");
    }

    @Test
    void missingFile() {
        Path f = tmp.resolve("nope.csv");
        assertThatThrownBy(() -> CostDataset.read().billing(f).load()).isInstanceOf(InputException.class)
                .hasMessage(f + ": file not found");
    }

    @Test
    void emptyCurrency() throws IOException {
        InputException e = fail("cur.csv", HEADER + "1.5,,Usage,2026-10-01,Compute,EC2\n");
        assertThat(e.column()).isEqualTo(2);
    }

    @Test
    void badTagsJson() throws IOException {
        InputException e = fail("tags.csv", HEADER.replace("\n", ",Tags\n") + "1.5,USD,Usage,2026-10-01,Compute,EC2,\"{\"\"env\"\": prod}\"\n");
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.getMessage()).contains("JSON object of tags");
    }

    @Test
    void mixedCurrenciesNeedExchangeRates() throws IOException {
        Path f = tmp.resolve("mixed.csv");
        Files.writeString(f, HEADER + "10,USD,Usage,2026-10-01,Compute,EC2\n71,CNY,Usage,2026-10-01,Compute,ECS\n");
        CostDataset ds = CostDataset.read().billing(f).load();
        assertThatThrownBy(ds::spend).isInstanceOf(CloudcostException.class)
                .hasMessageContaining("mix currencies CNY, USD").hasMessageContaining("exchangeRates");

        CostDataset converted = CostDataset.read().billing(f)
                .config(CloudcostConfig.defaults().withCurrency("CNY").withExchangeRate("USD", new java.math.BigDecimal("7.1")))
                .load();
        assertThat(converted.spend().currency()).isEqualTo("CNY");
        assertThat(converted.spend().totalBilledCost()).isEqualByComparingTo("142");
        assertThat(converted.spend().reconciliation().sourceBilledCost()).isEqualByComparingTo("142");
        assertThat(converted.spend().reconciliation().reconciled()).isTrue();

        CostDataset noRate = CostDataset.read().billing(f).config(CloudcostConfig.defaults().withCurrency("EUR")).load();
        assertThatThrownBy(noRate::spend).hasMessageContaining("no exchange rate");
    }
}
