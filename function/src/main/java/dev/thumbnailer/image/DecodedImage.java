package dev.thumbnailer.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Optional;

/**
 * The one decode of an original: upright, in a working type, possibly subsampled.
 *
 * @param image   upright pixels (EXIF orientation applied)
 * @param palette the source's palette, kept so GIF thumbnails reuse it instead of re-quantising
 */
record DecodedImage(BufferedImage image, Optional<IndexColorModel> palette) {
}
