package dev.thumbnailer.image;

import java.awt.image.IndexColorModel;

/**
 * A frame mapped onto a palette, ready for {@link GifSequenceWriter}: one palette index per pixel,
 * row after row, each index below the palette's size.
 */
record IndexedFrame(int width, int height, byte[] indices, IndexColorModel palette) {
}
