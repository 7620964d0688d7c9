package org.cloudcost.core.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cloudcost.core.config.CloudcostConfig;

/**
 * The sections that say what a resource's tags mean: {@code environments.tagKeys} (which tag
 * holds the environment) and {@code ignoreTag} (which tag exempts it from every rule).
 */
final class TagSections {
    /** Keys under {@code environments}. */
    static final List<String> ENVIRONMENT_KEYS = List.of("tagKeys");

    private static final String TAG_KEYS_EXAMPLE = "[env, environment, stage]";

    private TagSections() {
    }

    /** {@code environments: {tagKeys: [env, environment, stage]}}: first key found on a resource wins. */
    static CloudcostConfig environments(ConfigNode node, CloudcostConfig config) {
        node.requireKnownKeys(ENVIRONMENT_KEYS);
        return node.field("tagKeys").map(keys -> config.withEnvironmentTagKeys(tagKeys(keys))).orElse(config);
    }

    private static List<String> tagKeys(ConfigNode node) {
        List<ConfigNode> elements = node.elements("a list of tag keys, e.g. " + TAG_KEYS_EXAMPLE);
        if (elements.isEmpty()) {
            throw node.error("expected at least one tag key, e.g. " + TAG_KEYS_EXAMPLE
                    + "; leave environments.tagKeys out to keep the defaults (env, environment, stage)");
        }
        List<String> keys = new ArrayList<>();
        for (ConfigNode element : elements) {
            if (!element.isScalar() || element.text().isBlank()) {
                throw element.expected("a tag key");
            }
            String key = element.text();
            if (!key.strip().equals(key)) {
                throw element.error(ConfigNode.quote(key) + " has spaces at its start or end; write "
                        + ConfigNode.quote(key.strip()));
            }
            if (keys.stream().anyMatch(k -> k.equalsIgnoreCase(key))) {
                throw element.error("tag key " + ConfigNode.quote(key)
                        + " is listed twice (tag keys match without regard to case)");
            }
            keys.add(key);
        }
        return keys;
    }

    /** {@code ignoreTag: "cloudcost:ignore=true"}: a resource with this tag is never flagged. */
    static CloudcostConfig ignoreTag(ConfigNode node, CloudcostConfig config) {
        String example = CloudcostConfig.DEFAULT_IGNORE_TAG_KEY + "=" + CloudcostConfig.DEFAULT_IGNORE_TAG_VALUE;
        if (!node.isScalar()) {
            throw node.expected("a tag written key=value, e.g. " + example);
        }
        Map.Entry<String, String> tag = ConfigValues.tag(node, node.text(), example, false);
        return config.withIgnoreTag(tag.getKey(), tag.getValue());
    }
}
