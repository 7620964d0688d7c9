package org.cloudcost.core.internal.config;

import java.nio.file.Path;

import org.cloudcost.core.config.CloudcostConfig;

/** Reads {@code cloudcost.yaml} into a {@link CloudcostConfig}. (Placeholder: being written now.) */
public final class ConfigYamlReader {
    private ConfigYamlReader() {
    }

    /** Reads the file. */
    public static CloudcostConfig read(Path yaml) {
        throw new UnsupportedOperationException("not yet");
    }
}
