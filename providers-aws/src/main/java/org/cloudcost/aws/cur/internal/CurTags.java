package org.cloudcost.aws.cur.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cloudcost.core.format.BillingLine;
import org.cloudcost.core.format.CsvHeader;
import org.cloudcost.core.format.CsvRow;

/**
 * The user-defined cost allocation tags of a CUR line, handed to the line under their own key:
 * <ul>
 * <li>legacy: one column per tag, {@code resourceTags/user:Environment} → {@code Environment};</li>
 * <li>CUR 2.0: the {@code resource_tags} JSON map, {@code {"user_env":"prod"}} → {@code env}
 * (the {@code user:} spelling is accepted too), and the {@code resource_tags_user_env} columns
 * Athena makes of a legacy report.</li>
 * </ul>
 * AWS-generated tags ({@code resourceTags/aws:createdBy}, {@code aws_…} keys) are not read: the
 * tag columns are the user's own. An empty value is no tag.
 */
final class CurTags {
    /** Prefixes of the user-tag keys in the {@code resource_tags} map. */
    private static final List<String> USER_KEY_PREFIXES = List.of("user_", "user:");

    private final int[] columns;
    private final String[] keys;
    private final int map;
    private final JsonMaps maps = new JsonMaps("{\"user_env\":\"prod\",\"user_team\":\"web\"}");
    /** Map key → tag key, "" for a key that is no user tag; the keys of a report are few. */
    private final Map<String, String> userKeys = new HashMap<>();

    CurTags(CsvHeader header, CurDialect dialect) {
        String prefix = dialect.tagColumnPrefix().toLowerCase(Locale.ROOT);
        List<Integer> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.name(i);
            if (name.length() > prefix.length() && name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                found.add(header.use(i));
                names.add(name.substring(prefix.length()));
            }
        }
        columns = found.stream().mapToInt(Integer::intValue).toArray();
        keys = names.toArray(String[]::new);
        map = dialect.indexOf(header, CurColumn.RESOURCE_TAGS);
    }

    /**
     * Hands the line's tags to {@code line}.
     *
     * @throws org.cloudcost.core.InputException when {@code resource_tags} is not a JSON object
     */
    void apply(CsvRow row, BillingLine line) {
        for (int i = 0; i < columns.length; i++) {
            if (!row.isAbsent(columns[i])) {
                line.tag(keys[i], row.text(columns[i]));
            }
        }
        if (map >= 0) {
            String[] pairs = maps.pairs(row, map);
            for (int i = 0; i < pairs.length; i += 2) {
                String key = userKeys.computeIfAbsent(pairs[i], CurTags::userKey);
                if (!key.isEmpty() && !pairs[i + 1].isEmpty()) {
                    line.tag(key, pairs[i + 1]);
                }
            }
        }
    }

    /** The tag key of a user-tag map key, or "" for any other key. */
    private static String userKey(String mapKey) {
        for (String p : USER_KEY_PREFIXES) {
            if (mapKey.length() > p.length() && mapKey.regionMatches(true, 0, p, 0, p.length())) {
                return mapKey.substring(p.length());
            }
        }
        return "";
    }
}
