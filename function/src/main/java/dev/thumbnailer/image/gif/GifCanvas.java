package dev.thumbnailer.image.gif;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * The logical screen an animation is played on. Frames of a GIF are often only the changed
 * rectangle, with transparent holes showing earlier frames through; resizing such a frame on its
 * own would scale it to the wrong place and lose what it relies on. So each frame is drawn here,
 * honouring the previous frame's disposal (GIF89a §23), and the whole canvas is what gets resized.
 */
final class GifCanvas {

    private final BufferedImage canvas;
    private final int[] pixels;
    private int[] beforeFrame;
    private GifFrame pending;

    /** Starts fully transparent: nothing drawn yet shows through, as in browsers. */
    GifCanvas(int width, int height) {
        canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        pixels = ((DataBufferInt) canvas.getRaster().getDataBuffer()).getData();
    }

    Rectangle bounds() {
        return new Rectangle(canvas.getWidth(), canvas.getHeight());
    }

    /**
     * Applies the previous frame's disposal and makes {@code frame} the one being drawn: its rows
     * follow through {@link #drawRow}. The canvas is reused: valid until the next call.
     */
    BufferedImage begin(GifFrame frame) {
        disposePending();
        if (frame.disposal() == GifFrame.Disposal.RESTORE_PREVIOUS) {
            beforeFrame = pixels.clone();
        }
        pending = frame;
        return canvas;
    }

    /**
     * Draws row {@code y} of the current frame, its first {@code count} pixels (fewer than the
     * frame's width only where its data ended early), the part inside the canvas. {@code colours} maps
     * each index to ARGB; 0 (the transparent index) leaves the canvas as it is, every other entry
     * is opaque. Frames drawn past the canvas are clipped, as browsers clip them.
     */
    void drawRow(int y, byte[] indices, int count, int[] colours) {
        Rectangle bounds = pending.bounds();
        int canvasY = bounds.y + y;
        int width = canvas.getWidth();
        if (canvasY >= canvas.getHeight()) {
            return;
        }
        int visible = Math.min(count, width - bounds.x);
        for (int x = 0, at = canvasY * width + bounds.x; x < visible; x++, at++) {
            int argb = colours[indices[x] & 0xFF];
            if (argb != 0) {
                pixels[at] = argb;
            }
        }
    }

    private void disposePending() {
        if (pending == null) {
            return;
        }
        switch (pending.disposal()) {
            case CLEAR -> clear(pending.bounds().intersection(bounds()));
            case RESTORE_PREVIOUS -> System.arraycopy(beforeFrame, 0, pixels, 0, pixels.length);
            case KEEP -> { }
        }
        beforeFrame = null;
    }

    private void clear(Rectangle area) {
        if (area.isEmpty()) {
            return;
        }
        int width = canvas.getWidth();
        for (int y = area.y; y < area.y + area.height; y++) {
            Arrays.fill(pixels, y * width + area.x, y * width + area.x + area.width, 0);
        }
    }
}
