package dev.thumbnailer.image;

import java.awt.image.BufferedImage;

/**
 * The one decode of a JPEG or PNG original: upright, sRGB, in a working type, possibly subsampled.
 * (GIFs are decoded frame by frame by {@link GifFrameSource}.)
 *
 * @param image upright pixels (EXIF orientation applied)
 */
record DecodedImage(BufferedImage image) {
}
