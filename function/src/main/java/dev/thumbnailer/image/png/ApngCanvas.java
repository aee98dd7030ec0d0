package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * The output buffer an APNG's frames are composited on (APNG spec, "fcTL"; PNG 3rd ed. §11.3.6.2):
 * it starts fully transparent black; before each frame the previous one is disposed of as it
 * asked (NONE: left as it is, BACKGROUND: its region cleared to transparent black, PREVIOUS: its
 * region put back as it was before it was drawn), then the frame is drawn with SOURCE (its pixels,
 * alpha included, replace the region's) or OVER (alpha-composited onto it). Only the region of a
 * PREVIOUS frame is saved, so memory is the canvas plus at most one frame.
 */
final class ApngCanvas {

    private final BufferedImage image;
    private final int[] argb;
    private final int width;
    private FrameControl last;
    private int[] saved;

    ApngCanvas(int width, int height) {
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        this.argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = width;
    }

    /** TYPE_INT_ARGB, the canvas as shown while this frame is; reused by the next call. */
    BufferedImage draw(FrameControl frame, BufferedImage pixels) {
        dispose();
        saved = frame.dispose() == FrameControl.DISPOSE_PREVIOUS ? region(frame) : null;
        int[] row = new int[frame.width()];
        for (int y = 0; y < frame.height(); y++) {
            argbRow(pixels, y, row);
            int at = (frame.y() + y) * width + frame.x();
            if (frame.blend() == FrameControl.BLEND_SOURCE) {
                System.arraycopy(row, 0, argb, at, row.length);
            } else {
                for (int x = 0; x < row.length; x++) {
                    argb[at + x] = over(row[x], argb[at + x]);
                }
            }
        }
        last = frame;
        return image;
    }

    private void dispose() {
        if (last == null || last.dispose() == FrameControl.DISPOSE_NONE) {
            return;
        }
        for (int y = 0; y < last.height(); y++) {
            int at = (last.y() + y) * width + last.x();
            if (saved != null) {
                System.arraycopy(saved, y * last.width(), argb, at, last.width());
            } else {
                Arrays.fill(argb, at, at + last.width(), 0);
            }
        }
    }

    private int[] region(FrameControl frame) {
        int[] copy = new int[frame.width() * frame.height()];
        for (int y = 0; y < frame.height(); y++) {
            System.arraycopy(argb, (frame.y() + y) * width + frame.x(), copy, y * frame.width(), frame.width());
        }
        return copy;
    }

    /**
     * Row y of a decoded frame as non-premultiplied ARGB, straight from the raster: opaque grey
     * comes as TYPE_BYTE_GRAY, whose getRGB would treat the values as linear and brighten them.
     */
    private static void argbRow(BufferedImage pixels, int y, int[] row) {
        int w = row.length;
        switch (pixels.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY -> {
                byte[] grey = ((DataBufferByte) pixels.getRaster().getDataBuffer()).getData();
                for (int x = 0; x < w; x++) {
                    row[x] = 0xFF000000 | (grey[y * w + x] & 0xFF) * 0x010101;
                }
            }
            case BufferedImage.TYPE_INT_RGB -> {
                int[] rgb = ((DataBufferInt) pixels.getRaster().getDataBuffer()).getData();
                for (int x = 0; x < w; x++) {
                    row[x] = 0xFF000000 | rgb[y * w + x];
                }
            }
            default -> System.arraycopy(((DataBufferInt) pixels.getRaster().getDataBuffer()).getData(), y * w, row, 0, w);
        }
    }

    /** Source over destination, both non-premultiplied (the APNG spec's formula), rounded to the nearest. */
    static int over(int src, int dst) {
        int sa = src >>> 24;
        int da = dst >>> 24;
        if (sa == 0xFF || da == 0) {
            return src;
        }
        if (sa == 0) {
            return dst;
        }
        int dw = da * (255 - sa);          // the destination's weight, ×255
        int total = sa * 255 + dw;          // the result's alpha, ×255
        int out = (total + 127) / 255 << 24;
        for (int shift = 0; shift <= 16; shift += 8) {
            long c = (long) (src >> shift & 0xFF) * sa * 255 + (long) (dst >> shift & 0xFF) * dw;
            out |= (int) ((c + total / 2) / total) << shift;
        }
        return out;
    }
}
