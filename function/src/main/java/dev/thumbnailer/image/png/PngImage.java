package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;

/**
 * A decoded (possibly reduced) PNG.
 *
 * @param image TYPE_INT_ARGB (not premultiplied) when the file has alpha, TYPE_BYTE_GRAY for opaque
 *              grey, TYPE_INT_RGB otherwise; stored orientation, stored colour values (no gAMA or
 *              profile applied: see {@link PngInfo#colour()})
 * @param info  the header facts, including colour chunks and EXIF orientation
 */
public record PngImage(BufferedImage image, PngInfo info) {

    public boolean hasAlpha() {
        return info.hasAlpha();
    }

    public PngColour colour() {
        return info.colour();
    }

    public int orientation() {
        return info.orientation();
    }
}
