package org.cloudcost.aws.cur.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cloudcost.core.format.CsvRow;

/**
 * The attributes cloudcost reads from the CUR 2.0 {@code product} map, for the lines where the
 * static column ({@code product_instance_type}, {@code product_region_code}, …) is missing or
 * empty. Keys match without regard to case or underscores, so {@code product_name} and
 * {@code productName} are one key.
 *
 * @param name the product's name ({@code product_name})
 * @param regionCode the region code ({@code region_code}, else {@code region})
 * @param instanceType the instance type ({@code instance_type})
 * @param family the product family ({@code product_family})
 */
record ProductAttributes(String name, String regionCode, String instanceType, String family) {
    static final ProductAttributes NONE = new ProductAttributes("", "", "", "");

    /** Reads the {@code product} column of each line, each distinct map once. */
    static final class Reader {
        private static final int MAX_CACHED = 100_000;

        private final JsonMaps maps = new JsonMaps("{\"product_name\":\"Amazon Elastic Compute Cloud\",\"region\":\"us-east-1\"}");
        private final Map<String, ProductAttributes> cache = new HashMap<>();
        private final int column;

        /** @param column the {@code product} column, or -1 when the report has none */
        Reader(int column) {
            this.column = column;
        }

        /**
         * The attributes of this line's product map; {@link #NONE} when absent.
         *
         * @throws org.cloudcost.core.InputException when the map is not a JSON object
         */
        ProductAttributes of(CsvRow row) {
            if (column < 0 || row.isAbsent(column)) {
                return NONE;
            }
            String text = row.text(column);
            ProductAttributes known = cache.get(text);
            if (known != null) {
                return known;
            }
            ProductAttributes read = from(maps.pairs(row, column));
            if (cache.size() < MAX_CACHED) {
                cache.put(text, read);
            }
            return read;
        }

        private static ProductAttributes from(String[] pairs) {
            Map<String, String> byKey = new HashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                byKey.putIfAbsent(fold(pairs[i]), pairs[i + 1].strip());
            }
            String regionCode = byKey.getOrDefault("regioncode", "");
            return new ProductAttributes(byKey.getOrDefault("productname", ""),
                    regionCode.isEmpty() ? byKey.getOrDefault("region", "") : regionCode,
                    byKey.getOrDefault("instancetype", ""), byKey.getOrDefault("productfamily", ""));
        }

        private static String fold(String key) {
            return key.replace("_", "").toLowerCase(Locale.ROOT);
        }
    }
}
