package org.cloudcost.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cloudcost.bench.internal.GeneratedFile;
import org.cloudcost.core.CostDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FocusCsvGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void quotedLineBreaksAreTheOnlyDifferenceAndCloudcostReadsThemToTheExactTotal() throws IOException {
        long lines = FocusCsvGenerator.NEWLINE_EVERY + 500;
        Path plain = dir.resolve("plain.csv");
        Path broken = dir.resolve("broken.csv");
        GeneratedFile p = new FocusCsvGenerator(lines, FocusCsvGenerator.DEFAULT_SEED, 1_000).write(plain);
        GeneratedFile b = new FocusCsvGenerator(lines, FocusCsvGenerator.DEFAULT_SEED, 1_000, true).write(broken);
        assertThat(p.generator()).isEqualTo(FocusCsvGenerator.GENERATOR);
        assertThat(b.generator()).isEqualTo(FocusCsvGenerator.GENERATOR_NEWLINES);
        assertThat(b.billedCost()).isEqualByComparingTo(p.billedCost());
        assertThat(b.groups()).isPresent().isEqualTo(p.groups());
        assertThat(b.bytes()).isGreaterThan(p.bytes());
        long differsAt = Files.mismatch(plain, broken);
        assertThat(differsAt).as("the first line break sits near line %d", FocusCsvGenerator.NEWLINE_EVERY)
                .isGreaterThan(p.bytes() / 2);

        CostDataset ds = CostDataset.read().billing(broken).load();
        assertThat(ds.readReport().linesRead()).isEqualTo(lines);
        assertThat(ds.readReport().sourceBilledCost().get("USD")).isEqualByComparingTo(b.billedCost());
        assertThat(ds.spend().reconciliation().reconciled()).isTrue();
        assertThat(GeneratedFile.readFor(broken)).isEqualTo(b);
    }
}
