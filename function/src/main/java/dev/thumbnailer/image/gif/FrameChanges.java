package dev.thumbnailer.image.gif;

import dev.thumbnailer.image.pixels.ArgbPixels;
import java.awt.Rectangle;
import java.util.Arrays;

/**
 * Which part of a thumbnail frame needs writing. Animated GIFs mostly move something small over a
 * still scene, so after the first frame only the rectangle around the pixels that changed is
 * written, over the previous frame left in place: about half the pixels to map and compress for
 * the benchmark's animation, and half the bytes. Pixels equal in ARGB get equal indices from the
 * same palette, so outside the rectangle the viewer already shows the right colours. A whole frame
 * is written when the palette changed (the old indices would mean other colours) or when frames
 * are cleared after showing (nothing is left in place to build on).
 */
final class FrameChanges {

    private int[] previous;
    private GifPalette previousPalette;
    private int width;

    Rectangle since(ArgbPixels frame, GifPalette palette, boolean cleared) {
        Rectangle whole = new Rectangle(frame.width(), frame.height());
        boolean comparable = previous != null && !cleared && palette == previousPalette && previous.length == frame.argb().length
                && width == frame.width();
        Rectangle changed = comparable ? changedArea(frame) : whole;
        remember(frame, palette);
        return changed;
    }

    private Rectangle changedArea(ArgbPixels frame) {
        int[] now = frame.argb();
        int top = 0;
        while (top < frame.height() && rowEquals(now, top)) {
            top++;
        }
        if (top == frame.height()) {
            return new Rectangle(0, 0, 1, 1); // nothing changed: one pixel still carries the frame's delay
        }
        int bottom = frame.height() - 1;
        while (rowEquals(now, bottom)) {
            bottom--;
        }
        int left = width;
        int right = -1;
        for (int y = top; y <= bottom; y++) {
            for (int x = 0, row = y * width; x < width; x++) {
                if (now[row + x] != previous[row + x]) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return new Rectangle(left, top, right - left + 1, bottom - top + 1);
    }

    private boolean rowEquals(int[] now, int y) {
        return Arrays.equals(now, y * width, (y + 1) * width, previous, y * width, (y + 1) * width);
    }

    private void remember(ArgbPixels frame, GifPalette palette) {
        if (previous == null || previous.length != frame.argb().length) {
            previous = new int[frame.argb().length];
        }
        // A copy: the frame may be the reused canvas itself, which the next frame overwrites.
        System.arraycopy(frame.argb(), 0, previous, 0, previous.length);
        previousPalette = palette;
        width = frame.width();
    }
}
