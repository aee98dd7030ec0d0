package dev.thumbnailer.image;

import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ImageWriterSpi;

/**
 * Chooses, once per container, the ImageIO reader and writer for each format, so lookups (and the
 * registry scan behind them) happen at init where SnapStart can snapshot them. Readers and writers
 * are not thread-safe; each call gets a fresh instance from the chosen provider.
 */
final class ImageCodecs {

    /** TwelveMonkeys decodes CMYK/YCCK JPEGs with correct colours; the JDK reader does not. */
    private static final String PREFERRED_JPEG_READER = "com.twelvemonkeys.imageio.plugins.jpeg";

    private static final Map<ImageFormat, ImageReaderSpi> READERS = new EnumMap<>(ImageFormat.class);
    private static final Map<ImageFormat, ImageWriterSpi> WRITERS = new EnumMap<>(ImageFormat.class);

    static {
        // Off: ImageIO would otherwise spool every stream through a temp file.
        ImageIO.setUseCache(false);
        for (ImageFormat format : ImageFormat.values()) {
            READERS.put(format, chooseReader(format));
            WRITERS.put(format, chooseWriter(format));
        }
    }

    private ImageCodecs() {
    }

    static ImageReader reader(ImageFormat format) {
        try {
            return READERS.get(format).createReaderInstance();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + format + " reader", e);
        }
    }

    static ImageWriter writer(ImageFormat format) {
        try {
            return WRITERS.get(format).createWriterInstance();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + format + " writer", e);
        }
    }

    private static ImageReaderSpi chooseReader(ImageFormat format) {
        ImageReaderSpi first = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format.imageIoName()); it.hasNext(); ) {
            ImageReaderSpi spi = it.next().getOriginatingProvider();
            if (format != ImageFormat.JPEG || spi.getClass().getName().startsWith(PREFERRED_JPEG_READER)) {
                return spi;
            }
            first = first == null ? spi : first;
        }
        // Missing TwelveMonkeys means broken packaging (its META-INF/services entry was lost): fail init loudly.
        throw new IllegalStateException("no suitable ImageIO reader for " + format
                + (first == null ? "" : " (found only " + first.getClass().getName() + "; is imageio-jpeg on the classpath?)"));
    }

    private static ImageWriterSpi chooseWriter(ImageFormat format) {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format.imageIoName());
        if (!it.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return it.next().getOriginatingProvider();
    }
}
