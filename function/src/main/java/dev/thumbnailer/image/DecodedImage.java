package dev.thumbnailer.image;

import java.awt.image.BufferedImage;

/**
 * The one decode of a JPEG or PNG original: sRGB, in a working type, possibly subsampled, still in
 * its stored orientation (the renderer turns the finished thumbnails upright, which is cheaper).
 * (GIFs are decoded frame by frame by {@link GifFrameSource}.)
 *
 * @param image pixels as stored (EXIF orientation not yet applied)
 */
record DecodedImage(BufferedImage image) {
}
