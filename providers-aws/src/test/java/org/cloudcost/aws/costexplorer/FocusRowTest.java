package org.cloudcost.aws.costexplorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.cloudcost.core.io.CanonicalCsv;
import org.junit.jupiter.api.Test;

/** A Cost Explorer line as a FOCUS row: the resource type core's rules read, tags and UTC periods. */
class FocusRowTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final LocalDate DAY = LocalDate.of(2026, 10, 30);

    @Test
    void aResourceLineNamesItsResourceTypeAsACurLineWould() {
        String[] volume = FocusRow.of(line("EC2 - Other", "vol-0a1b2c3d4e5f60718", Map.of()), OCTOBER, "USD");
        String[] nat = FocusRow.of(line("EC2 - Other", "arn:aws:ec2:us-east-1:011122223333:natgateway/nat-1", Map.of()),
                OCTOBER, "USD");
        String[] db = FocusRow.of(line("Amazon Relational Database Service", "arn:aws:rds:us-east-1:011122223333:db:orders",
                Map.of()), OCTOBER, "USD");
        String[] bucket = FocusRow.of(line("Amazon Simple Storage Service", "media-archive", Map.of()), OCTOBER, "USD");
        String[] service = FocusRow.of(line("AWS Lambda", "", Map.of()), OCTOBER, "USD");

        assertThat(cell(volume, "ResourceType")).isEqualTo("volume");
        assertThat(cell(volume, "ServiceCategory")).isEqualTo("Storage");
        assertThat(cell(nat, "ResourceType")).isEqualTo("nat gateway");
        assertThat(cell(db, "ResourceType")).isEqualTo("db instance");
        assertThat(cell(bucket, "ResourceType")).isEqualTo("bucket");
        assertThat(cell(service, "ResourceType")).isEmpty();
    }

    @Test
    void periodsAreUtcMidnightsAndTagsAJsonObject() {
        String[] row = FocusRow.of(line("AWS Lambda", "", Map.of("env", "=cmd|' /C calc'!A0")), OCTOBER, "USD");

        assertThat(cell(row, "ChargePeriodStart")).isEqualTo("2026-10-30T00:00:00Z");
        assertThat(cell(row, "ChargePeriodEnd")).isEqualTo("2026-10-31T00:00:00Z");
        assertThat(cell(row, "BillingPeriodEnd")).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(cell(row, "Tags")).isEqualTo("{\"env\":\"=cmd|' /C calc'!A0\"}");
    }

    private static CostLine line(String service, String resource, Map<String, String> tags) {
        return new CostLine(DAY, "011122223333", service, tags, resource, new BigDecimal("1.25"), new BigDecimal("1.00"),
                "USD", false);
    }

    private static String cell(String[] row, String column) {
        return row[CanonicalCsv.FOCUS_BILLING.indexOf(column)];
    }
}
