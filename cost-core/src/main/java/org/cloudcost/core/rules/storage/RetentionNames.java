package org.cloudcost.core.rules.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises groups that hold logs or backups by the words of their prefix and bucket name: the
 * data a retention period, not a business need, keeps. A word is a run of letters and digits
 * ({@code app-logs/2024/} has the words {@code app}, {@code logs}, {@code 2024}), compared
 * case-insensitively to {@link #WORDS}.
 *
 * <pre>{@code
 * RetentionNames.match("prod-data", "logs/2024-01/");   // Optional[logs]
 * RetentionNames.match("db-backup", "");                // Optional[backup]
 * RetentionNames.match("blog-assets", "catalog/");      // Optional.empty
 * }</pre>
 */
final class RetentionNames {
    /** The words that mark logs and backups. */
    static final Set<String> WORDS = Set.of("log", "logs", "logging", "accesslog", "accesslogs", "binlog", "binlogs",
            "slowlog", "slowlogs", "backup", "backups", "bak", "bkp", "dump", "dumps");

    private RetentionNames() {
    }

    /** The first word of {@code prefix}, then of {@code bucket}, that marks logs or backups. */
    static Optional<String> match(String bucket, String prefix) {
        return word(prefix).or(() -> word(bucket));
    }

    private static Optional<String> word(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(WORDS::contains).findFirst();
    }
}
