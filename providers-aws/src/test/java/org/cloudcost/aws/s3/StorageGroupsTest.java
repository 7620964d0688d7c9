package org.cloudcost.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link StorageGroups}: prefixes by folder depth, and groups by prefix, class and month. */
class StorageGroupsTest {
    @Test
    void prefixIsTheFirstFoldersNeverTheObjectName() {
        assertThat(StorageGroups.prefixOf("logs/2026/01/a.log", 0)).isEmpty();
        assertThat(StorageGroups.prefixOf("logs/2026/01/a.log", 1)).isEqualTo("logs/");
        assertThat(StorageGroups.prefixOf("logs/2026/01/a.log", 2)).isEqualTo("logs/2026/");
        assertThat(StorageGroups.prefixOf("a.txt", 3)).isEmpty();
        assertThat(StorageGroups.prefixOf("logs/a.txt", 5)).isEqualTo("logs/");
    }

    @Test
    void monthsAndClassesStayApartAndTheNewestTimeIsKept() {
        StorageGroups g = new StorageGroups(1);
        g.add("logs/a", 1, "STANDARD", Instant.parse("2026-01-31T23:59:59Z"));
        g.add("logs/b", 2, "STANDARD", Instant.parse("2026-02-01T00:00:00Z"));
        g.add("logs/c", 4, "STANDARD", Instant.parse("2026-01-02T00:00:00Z"));
        g.add("logs/d", 8, "GLACIER", Instant.parse("2026-01-02T00:00:00Z"));

        assertThat(g.objects()).isEqualTo(4);
        assertThat(g.rows("b")).containsExactly(
                new StorageRow("b", "logs/", "GLACIER", 8, 1L, Instant.parse("2026-01-02T00:00:00Z")),
                new StorageRow("b", "logs/", "STANDARD", 5, 2L, Instant.parse("2026-01-31T23:59:59Z")),
                new StorageRow("b", "logs/", "STANDARD", 2, 1L, Instant.parse("2026-02-01T00:00:00Z")));
    }
}
