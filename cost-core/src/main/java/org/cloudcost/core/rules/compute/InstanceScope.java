package org.cloudcost.core.rules.compute;

import java.util.Locale;
import java.util.Optional;
import org.cloudcost.core.rules.Resource;

/**
 * Which resources the compute rules judge, and the tags they group them by.
 *
 * <pre>{@code
 * if (!InstanceScope.inService(resource)) continue;   // stopped, released, …: nothing to say
 * InstanceScope.app(resource);                        // Optional[shop] from app=Shop
 * }</pre>
 */
final class InstanceScope {
    /** Tag keys naming the application a resource belongs to, first found wins (matched without regard to case). */
    static final String[] APP_TAG_KEYS = {"app", "application"};

    private InstanceScope() {
    }

    /**
     * True when the resource is running: its inventory state is {@code running} (or, for a
     * database, {@code available}, AWS RDS's word for a running instance), matched without regard
     * to case (an inventory frame built from an API may keep {@code Running}), or the inventory does
     * not know it and the bill charges for it.
     */
    static boolean inService(Resource r) {
        String state = r.state().strip();
        if (state.isEmpty()) {
            return r.hasBilling();
        }
        return state.equalsIgnoreCase("running")
                || (r.resourceType().equals("database") && state.equalsIgnoreCase("available"));
    }

    /** The application tag's value, lower-case; empty when untagged. */
    static Optional<String> app(Resource r) {
        for (String key : APP_TAG_KEYS) {
            Optional<String> v = r.tag(key).map(String::strip).filter(s -> !s.isEmpty());
            if (v.isPresent()) {
                return v.map(s -> s.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
