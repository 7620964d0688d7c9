package org.cloudcost.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudcost.report.internal.FormulaTriggers;
import org.cloudcost.report.xlsx.internal.SafeText;
import org.junit.jupiter.api.Test;

/** findings.csv and report.xlsx treat the same first characters as formula triggers (one list, merged in review). */
class FormulaTriggersAgreementTest {
    @Test
    void theCsvAndTheWorkbookNeutralizeExactlyTheSameTriggers() {
        assertThat(FormulaTriggers.CHARACTERS).isEqualTo("=+-@\t\r");
        for (char c = 1; c < 128; c++) {
            String text = c + "SUM(A1)";
            boolean csvNeutralized = CsvCells.text(text).replace("\"", "").equals("'" + text.replace("\"", ""));
            assertThat(SafeText.looksLikeFormula(text)).as("xlsx, char %d", (int) c).isEqualTo(csvNeutralized);
            assertThat(FormulaTriggers.startsFormula(text)).as("char %d", (int) c).isEqualTo(csvNeutralized);
        }
        assertThat(FormulaTriggers.startsFormula("")).isFalse();
        assertThat(FormulaTriggers.startsFormula(null)).isFalse();
    }
}
