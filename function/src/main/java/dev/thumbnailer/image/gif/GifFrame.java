package dev.thumbnailer.image.gif;

import java.awt.Rectangle;

/**
 * One frame of a GIF as its Graphic Control Extension and Image Descriptor declare it (GIF89a
 * §20, §23), before any pixel is decoded.
 *
 * @param bounds           where the frame sits on the logical screen; may overflow it in broken files
 * @param delay            display time in hundredths of a second, as written (0 included)
 * @param disposal         what happens to the frame's area before the next frame is drawn
 * @param transparentIndex the palette index drawn as "leave the canvas as it is", or -1
 */
record GifFrame(Rectangle bounds, int delay, Disposal disposal, int transparentIndex) {

    enum Disposal {
        /** Unspecified (0) and doNotDispose (1): the next frame is drawn over this one. */
        KEEP,
        /** restoreToBackgroundColor (2): the area is cleared; browsers clear to transparent, not to the background colour. */
        CLEAR,
        /** restoreToPrevious (3): the area goes back to what it was before this frame was drawn. */
        RESTORE_PREVIOUS;

        /** The Graphic Control Extension's disposal field; the undefined values 4-7 are treated as 0, as browsers do. */
        static Disposal fromCode(int code) {
            return switch (code) {
                case 2 -> CLEAR;
                case 3 -> RESTORE_PREVIOUS;
                default -> KEEP;
            };
        }
    }

    long area() {
        return (long) bounds.width * bounds.height;
    }
}
