package org.cloudcost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cloudcost.bench.internal.GeneratedFile;
import org.cloudcost.core.CostDataset;
import org.cloudcost.core.frame.BillingFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurCsvGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void sameSeedSameBytesOtherSeedOtherBytes() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        new CurCsvGenerator(3_000, 1, 500).write(a);
        new CurCsvGenerator(3_000, 1, 500).write(b);
        new CurCsvGenerator(3_000, 2, 500).write(c);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
        assertThat(Files.mismatch(a, c)).isNotEqualTo(-1L);
    }

    @Test
    void headerHasTheTwentyThreeCurColumns() throws IOException {
        Path f = dir.resolve("cur.csv");
        new CurCsvGenerator(10, 1, 50).write(f);
        String header = Files.readAllLines(f, StandardCharsets.UTF_8).get(0);
        assertThat(List.of(header.split(","))).hasSize(23).isEqualTo(CurCsvGenerator.COLUMNS);
    }

    /** Past {@link CurCsvGenerator#NEWLINE_EVERY} lines, so a quoted line break is in the file. */
    @Test
    void cloudcostReadsItAsAwsCurToTheGeneratorsExactTotal() throws IOException {
        Path f = dir.resolve("cur.csv");
        long lines = CurCsvGenerator.NEWLINE_EVERY + 2_000;
        GeneratedFile g = new CurCsvGenerator(lines, CurCsvGenerator.DEFAULT_SEED, 1_000).write(f);
        assertThat(g.lines()).isEqualTo(lines);
        assertThat(g.bytes()).isEqualTo(Files.size(f));
        assertThat(GeneratedFile.readFor(f)).isEqualTo(g);
        long physicalLines;
        try (var s = Files.lines(f, StandardCharsets.UTF_8)) {
            physicalLines = s.count();
        }
        assertThat(physicalLines).as("header + records + quoted line breaks").isGreaterThan(lines + 1);

        CostDataset ds = CostDataset.read().billing(f).load();
        assertThat(ds.readReport().files()).singleElement().satisfies(r -> {
            assertThat(r.format()).startsWith("aws-cur");
            assertThat(r.dataLines()).isEqualTo(lines);
        });
        assertThat(ds.readReport().sourceBilledCost().get("USD")).isEqualByComparingTo(g.billedCost());
        assertThat(ds.spend().reconciliation().reconciled()).isTrue();
        assertThat(ds.billing().table().stringColumn(BillingFrame.CHARGE_CATEGORY).unique().asList())
                .containsExactlyInAnyOrder("Usage", "Tax", "Credit", "Purchase");
        assertThat(ds.billing().table().stringColumn("env").unique().asList()).contains("prod", "staging", "");
    }
}
