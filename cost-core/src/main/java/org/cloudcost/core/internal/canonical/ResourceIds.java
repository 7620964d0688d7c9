package org.cloudcost.core.internal.canonical;

import org.cloudcost.core.internal.csv.OneLine;

import java.util.HashMap;
import java.util.Map;

import org.cloudcost.core.internal.csv.TokenizedRow;

/**
 * The resource ids an inventory has listed so far, with where, so that a second row for the
 * same resource (in the same file or another) is an error naming both lines.
 *
 * <pre>{@code
 * ResourceIds seen = new ResourceIds();
 * String id = seen.claim(row, column);   // InputException: "ResourceId i-abc already listed at line 3"
 * }</pre>
 */
final class ResourceIds {
    private record Place(String file, long line) {
    }

    private final Map<String, Place> seen = new HashMap<>();

    /** The row's resource id, which must be present and not listed before. */
    String claim(TokenizedRow row, int column) {
        String id = Cells.required(row, column, "a resource id");
        Place first = seen.putIfAbsent(id, new Place(row.file(), row.line()));
        if (first != null) {
            String where = first.file().equals(row.file()) ? "line " + first.line()
                    : "line " + first.line() + " of " + first.file();
            throw row.error(column, "ResourceId " + OneLine.of(id, 80) + " already listed at " + where
                    + "; expected one row per resource");
        }
        return id;
    }
}
