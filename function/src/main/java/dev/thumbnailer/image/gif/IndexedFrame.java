package dev.thumbnailer.image.gif;

import java.awt.image.IndexColorModel;

/**
 * A frame, or the changed rectangle of one, mapped onto a palette, ready for
 * {@link GifSequenceWriter}: one palette index per pixel, row after row, each below the palette's size.
 *
 * @param left where the rectangle sits on the thumbnail (0 for a whole frame)
 * @param top  likewise
 */
record IndexedFrame(int left, int top, int width, int height, byte[] indices, IndexColorModel palette) {
}
