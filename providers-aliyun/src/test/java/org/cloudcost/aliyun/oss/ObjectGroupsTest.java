package org.cloudcost.aliyun.oss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cloudcost.aliyun.oss.FakeOssApi.object;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObjectGroupsTest {
    @Test
    void prefixIsTheFirstFolderLevelsNeverTheObjectName() {
        assertThat(ObjectGroups.prefixOf("logs/2024/01/app.log", 1)).isEqualTo("logs/");
        assertThat(ObjectGroups.prefixOf("logs/2024/01/app.log", 2)).isEqualTo("logs/2024/");
        assertThat(ObjectGroups.prefixOf("logs/app.log", 2)).isEqualTo("logs/");
        assertThat(ObjectGroups.prefixOf("readme.txt", 1)).isEqualTo("");
        assertThat(ObjectGroups.prefixOf("logs/", 1)).isEqualTo("logs/");
        assertThat(ObjectGroups.prefixOf("logs/app.log", 0)).isEqualTo("");
    }

    @Test
    void groupsByPrefixClassAndMonthWithSumsAndTheNewestDate() {
        ObjectGroups g = new ObjectGroups(1);
        g.add(object("logs/2024/01/a.log", 100, "Standard", "2024-01-03T00:00:00Z"));
        g.add(object("logs/2024/01/b.log", 50, "Standard", "2024-01-20T12:00:00Z"));
        g.add(object("logs/2023/12/c.log", 7, "Standard", "2023-12-31T23:59:59Z"));
        g.add(object("logs/2024/01/d.log", 9, "IA", "2024-01-05T00:00:00Z"));
        g.add(object("readme.txt", 1, "Standard", "2022-06-01T00:00:00Z"));

        assertThat(g.rows("b")).containsExactly(
                new StorageGroupRow("b", "", "Standard", 1, 1, Instant.parse("2022-06-01T00:00:00Z")),
                new StorageGroupRow("b", "logs/", "IA", 9, 1, Instant.parse("2024-01-05T00:00:00Z")),
                new StorageGroupRow("b", "logs/", "Standard", 7, 1, Instant.parse("2023-12-31T23:59:59Z")),
                new StorageGroupRow("b", "logs/", "Standard", 150, 2, Instant.parse("2024-01-20T12:00:00Z")));
        assertThat(g.objects()).isEqualTo(5);
        assertThat(g.totalsByClass()).containsEntry("Standard", new ClassTotal(158, 4)).containsEntry("IA", new ClassTotal(9, 1));
    }

    @Test
    void aGroupRowWritesAnUnknownDateAsAnEmptyCell() {
        assertThat(new StorageGroupRow("b", "", "IA", 10, 2, null).cells()).containsExactly("b", "", "IA", "10", "2", "", "");
        assertThat(new StorageGroupRow("b", "x/", "IA", 10, 2, Instant.parse("2024-01-05T00:00:00.750Z")).cells())
                .containsExactly("b", "x/", "IA", "10", "2", "2024-01-05T00:00:00Z", "");
    }
}
