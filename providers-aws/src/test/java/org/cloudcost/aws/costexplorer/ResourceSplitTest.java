package org.cloudcost.aws.costexplorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resource-level lines replace their service line and never change a total. */
class ResourceSplitTest {
    private static final LocalDate D1 = LocalDate.of(2026, 10, 1);
    private static final LocalDate D2 = D1.plusDays(1);
    private static final String EC2 = "Amazon Elastic Compute Cloud - Compute";

    @Test
    void splitsCoveredLinesAndKeepsTheRestAndTheRemainder() {
        List<CostLine> service = List.of(line(D1, EC2, "", "10", "8"), line(D2, EC2, "", "10", "8"),
                line(D2, "AWS Lambda", "", "1", "1"));
        List<CostLine> resources = List.of(line(D2, EC2, "i-1", "6", "5"), line(D2, EC2, "i-2", "3", "3"),
                line(D2, EC2, "i-3", "0", "0"));

        List<CostLine> merged = ResourceSplit.merge(service, resources);

        assertThat(merged).extracting(CostLine::day, CostLine::service, CostLine::resourceId, l -> l.unblended().toPlainString(),
                        l -> l.amortized().toPlainString())
                .containsExactly(tuple(D1, EC2, "", "10", "8"), tuple(D2, EC2, "i-1", "6", "5"), tuple(D2, EC2, "i-2", "3", "3"),
                        tuple(D2, EC2, "", "1", "0"), tuple(D2, "AWS Lambda", "", "1", "1"));
        assertThat(sum(merged)).isEqualByComparingTo(sum(service));
    }

    @Test
    void resourcesWithoutAServiceLineAreOffsetSoTheTotalStays() {
        List<CostLine> merged = ResourceSplit.merge(List.of(), List.of(line(D1, EC2, "i-1", "2", "2")));

        assertThat(merged).extracting(CostLine::resourceId, l -> l.unblended().toPlainString())
                .containsExactly(tuple("i-1", "2"), tuple("", "-2"));
        assertThat(sum(merged)).isZero();
    }

    private static CostLine line(LocalDate day, String service, String resource, String unblended, String amortized) {
        return new CostLine(day, "011122223333", service, Map.of(), resource, new BigDecimal(unblended),
                new BigDecimal(amortized), "USD", false);
    }

    private static BigDecimal sum(List<CostLine> lines) {
        return lines.stream().map(CostLine::unblended).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
