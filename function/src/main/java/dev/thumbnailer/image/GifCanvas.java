package dev.thumbnailer.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Point;
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
     * Applies the previous frame's disposal, draws {@code image} (the part of {@code frame} inside
     * the canvas, its top-left at {@code at}; null when nothing of it is visible) and returns the
     * composited canvas. The returned image is reused: it is valid until the next call.
     */
    BufferedImage draw(GifFrame frame, BufferedImage image, Point at) {
        disposePending();
        if (frame.disposal() == GifFrame.Disposal.RESTORE_PREVIOUS) {
            beforeFrame = pixels.clone();
        }
        if (image != null) {
            Graphics2D g = canvas.createGraphics();
            // SrcOver: the transparent index leaves the canvas as it is; every other index is opaque.
            g.setComposite(AlphaComposite.SrcOver);
            g.drawImage(image, at.x, at.y, null);
            g.dispose();
        }
        pending = frame;
        return canvas;
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
