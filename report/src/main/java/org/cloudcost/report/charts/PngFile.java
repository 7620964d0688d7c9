package org.cloudcost.report.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as a PNG of its own size, through a {@code .part} file moved into place, so a
 * reader never sees half an image.
 */
final class PngFile {
    private PngFile() {
    }

    static Path write(Chart<?, ?> chart, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        return Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
