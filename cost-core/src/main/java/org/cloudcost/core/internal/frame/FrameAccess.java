package org.cloudcost.core.internal.frame;

import java.util.List;
import java.util.Objects;

import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.frame.Frame;
import org.cloudcost.core.frame.UsageFrame;

import tech.tablesaw.api.Table;

/**
 * cost-core's own way past a frame's defensive copies. {@link Frame#table()} hands every
 * caller a copy, and a frame built from a table copies it: right for users, who may change what
 * they get, but the analysis reads each frame several times and never changes it, and a copy of
 * the case study's usage frame (460,000 rows) costs a quarter of a second. Not API: whoever calls
 * {@link #readOnly(Frame)} promises not to change the table, and {@link #adopt(Table)} is for a
 * reader that built the table and drops it.
 *
 * <pre>{@code
 * Table t = FrameAccess.readOnly(dataset.usage());        // the frame's own table: read, never change
 * UsageFrame frame = FrameAccess.adopt(freshlyBuilt);     // no copy; the builder keeps no reference
 * }</pre>
 *
 * <p>{@link Frame} installs the {@link Hooks} when it is initialized (the JDK's "shared
 * secrets" pattern), so the frames' public API stays as it is.
 */
public final class FrameAccess {
    /** What {@link Frame} lends to this class. */
    public interface Hooks {
        /** The frame's own table. */
        Table table(Frame frame);

        /** A usage frame over {@code table} itself, schema checked. */
        UsageFrame usage(Table table);

        /** A billing frame over {@code table} itself, schema checked. */
        BillingFrame billing(Table table, List<String> tagColumns);
    }

    private static volatile Hooks hooks;

    private FrameAccess() {
    }

    /**
     * Called once, by {@link Frame}'s static initializer.
     *
     * @throws IllegalStateException on a second call
     */
    public static synchronized void install(Hooks frameHooks) {
        if (hooks != null) {
            throw new IllegalStateException("frame hooks are installed already");
        }
        hooks = Objects.requireNonNull(frameHooks, "frameHooks");
    }

    /** {@code frame}'s table itself, not a copy: to read, never to change. */
    public static Table readOnly(Frame frame) {
        return hooks().table(Objects.requireNonNull(frame, "frame"));
    }

    /**
     * A usage frame over {@code table} itself, without the copy.
     *
     * @throws IllegalArgumentException when the columns are not {@link UsageFrame#COLUMNS}
     */
    public static UsageFrame adopt(Table table) {
        return hooks().usage(Objects.requireNonNull(table, "table"));
    }

    /**
     * A billing frame over {@code table} itself, without the copy.
     *
     * @throws IllegalArgumentException when the columns are not the billing schema with {@code tagColumns}
     */
    public static BillingFrame adoptBilling(Table table, List<String> tagColumns) {
        return hooks().billing(Objects.requireNonNull(table, "table"), tagColumns);
    }

    private static Hooks hooks() {
        Hooks h = hooks;
        if (h == null) {
            try {
                // initializing Frame runs its static initializer, which installs the hooks
                Class.forName(Frame.class.getName(), true, Frame.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            h = hooks;
        }
        return h;
    }
}
