package org.cloudcost.core.format;

import java.util.List;

/**
 * What a {@link BillingFormat} may need to know about the analysis while binding a file.
 *
 * <pre>{@code
 * List<String> tagColumns = context.tagColumns();   // e.g. [env, team, app]
 * }</pre>
 *
 * @param file the file as the user named it
 * @param tagColumns the normalized tag columns the billing frame carries, in order
 */
public record BillingContext(String file, List<String> tagColumns) {
    /** Copies the list. */
    public BillingContext {
        tagColumns = List.copyOf(tagColumns);
    }
}
