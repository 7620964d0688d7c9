package org.cloudcost.core.rules.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetentionNamesTest {
    @Test
    void wordsOfThePrefixThenTheBucketMarkLogsAndBackups() {
        assertThat(RetentionNames.match("prod-data", "logs/2024-01/")).contains("logs");
        assertThat(RetentionNames.match("db-backup", "")).contains("backup");
        assertThat(RetentionNames.match("x", "mysql_binlog/")).contains("binlog");
        assertThat(RetentionNames.match("x", "exports/db.BAK/")).contains("bak");
        assertThat(RetentionNames.match("x", "Nightly-Dumps/")).contains("dumps");
    }

    @Test
    void wordsThatOnlyContainLogAreNotLogs() {
        assertThat(RetentionNames.match("blog-assets", "catalog/changelog/")).isEmpty();
        assertThat(RetentionNames.match("media", "")).isEmpty();
    }
}
