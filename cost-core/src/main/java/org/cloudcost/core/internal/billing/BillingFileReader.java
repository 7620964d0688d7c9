package org.cloudcost.core.internal.billing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.cloudcost.core.ProgressListener;
import org.cloudcost.core.config.TagColumns;
import org.cloudcost.core.frame.BillingFrame;
import org.cloudcost.core.internal.read.ReadLog;

/** PLACEHOLDER */
public final class BillingFileReader {
    public BillingFileReader(TagColumns tags, ProgressListener progress) {
    }

    public BillingFrame read(List<Path> files, Optional<String> format, ReadLog log) {
        throw new UnsupportedOperationException();
    }
}
