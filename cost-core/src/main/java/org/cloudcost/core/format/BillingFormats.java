package org.cloudcost.core.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registry of billing formats: every {@link BillingFormat} on the class path, found through
 * {@link ServiceLoader} (no classpath scanning), ordered by priority then id.
 *
 * <pre>{@code
 * BillingFormats.available().forEach(f -> System.out.println(f.id() + "  " + f.description()));
 * BillingFormats.byId("focus").orElseThrow();
 * }</pre>
 */
public final class BillingFormats {
    private BillingFormats() {
    }

    /** Every registered format, highest priority first. */
    public static List<BillingFormat> available() {
        List<BillingFormat> formats = new ArrayList<>();
        ServiceLoader.load(BillingFormat.class, BillingFormats.class.getClassLoader()).forEach(formats::add);
        if (Thread.currentThread().getContextClassLoader() != null
                && Thread.currentThread().getContextClassLoader() != BillingFormats.class.getClassLoader()) {
            for (BillingFormat f : ServiceLoader.load(BillingFormat.class)) {
                if (formats.stream().noneMatch(g -> g.id().equals(f.id()))) {
                    formats.add(f);
                }
            }
        }
        formats.sort(Comparator.comparingInt(BillingFormat::priority).reversed().thenComparing(BillingFormat::id));
        return List.copyOf(formats);
    }

    /** The format with this id, if registered. */
    public static Optional<BillingFormat> byId(String id) {
        return available().stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The highest-priority format that recognises the header, if any. */
    public static Optional<BillingFormat> detect(CsvHeader header) {
        return available().stream().filter(f -> f.matches(header)).findFirst();
    }

    /** "focus (FOCUS 1.0–1.3 CSV), …" for messages. */
    public static String describeAll() {
        return available().stream().map(f -> f.id() + " (" + f.description() + ")").collect(Collectors.joining(", "));
    }
}
