package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * Turns one cell's sums into an 8-bit output pixel, rounding to nearest. For 8-bit files the
 * divisions are by a reciprocal of the cell's pixel count, computed once per count (the same
 * quotient as a division for sums this small, see {@link #divide}), and alpha-weighted colour
 * divides as ints: a long division per channel and pixel was most of a reduced decode's flush.
 */
final class CellWriter {

    private final BufferedImage image;
    private final int width;
    private final int channels;
    private final int max;
    private final int[] argb;
    private final byte[] grey;

    CellWriter(BufferedImage image, int channels, int max) {
        this.image = image;
        this.width = image.getWidth();
        this.channels = channels;
        this.max = max;
        boolean bytes = channels == 1;
        this.grey = bytes ? ((DataBufferByte) image.getRaster().getDataBuffer()).getData() : null;
        this.argb = bytes ? null : ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    BufferedImage image() {
        return image;
    }

    /** The count {@link #reciprocal} is for: interior cells all share one. */
    private long reciprocalOf;
    private long reciprocal;

    void plain(int ox, int oy, long[] sums, int at, long count) {
        if (max == 0xFF && count < SMALL_COUNT) {
            plainBytes(oy * width + ox, sums, at, count);
            return;
        }
        if (channels == 1) {
            grey[oy * width + ox] = (byte) eight(mean(sums[at], count));
        } else {
            argb[oy * width + ox] = 0xFF000000 | eight(mean(sums[at], count)) << 16
                    | eight(mean(sums[at + 1], count)) << 8 | eight(mean(sums[at + 2], count));
        }
    }

    void weighted(int ox, int oy, long[] sums, int at, long count) {
        if (max == 0xFF && count < SMALL_COUNT) {
            weightedBytes(oy * width + ox, sums, at, count);
            return;
        }
        long alpha = sums[at];
        int colours = channels - 1;
        int rgb = 0;
        for (int c = 0; c < colours; c++) {
            long mean = alpha > 0 ? mean(sums[at + 1 + c], alpha) : mean(sums[at + 1 + colours + c], count);
            rgb = rgb << 8 | eight(mean);
        }
        if (colours == 1) {
            rgb *= 0x010101;
        }
        argb[oy * width + ox] = eight(mean(alpha, count)) << 24 | rgb;
    }

    /** Below this the sums of an 8-bit cell (at most 255² × count) fit an int, and {@link #divide} is exact. */
    private static final long SMALL_COUNT = 4096;

    private void plainBytes(int o, long[] sums, int at, long count) {
        int half = (int) count / 2;
        if (channels == 1) {
            grey[o] = (byte) divide(sums[at] + half, count);
        } else {
            argb[o] = 0xFF000000 | divide(sums[at] + half, count) << 16 | divide(sums[at + 1] + half, count) << 8 | divide(sums[at + 2] + half, count);
        }
    }

    /**
     * A cell whose every pixel is opaque has alpha-weighted means equal to its plain ones (the
     * sums after the alpha-weighted ones), which divide by the shared count; others divide by their alpha as ints.
     */
    private void weightedBytes(int o, long[] sums, int at, long count) {
        int alpha = (int) sums[at];
        int colours = channels - 1;
        int half = (int) count / 2;
        int a = divide(alpha + half, count);
        if (alpha == 0 || alpha == 255 * count) {
            int plain = at + 1 + colours;
            int rgb = colours == 1 ? divide(sums[plain] + half, count) * 0x010101
                    : divide(sums[plain] + half, count) << 16 | divide(sums[plain + 1] + half, count) << 8 | divide(sums[plain + 2] + half, count);
            argb[o] = a << 24 | rgb;
            return;
        }
        int round = alpha / 2;
        int rgb = colours == 1 ? ((int) sums[at + 1] + round) / alpha * 0x010101
                : ((int) sums[at + 1] + round) / alpha << 16 | ((int) sums[at + 2] + round) / alpha << 8 | ((int) sums[at + 3] + round) / alpha;
        argb[o] = a << 24 | rgb;
    }

    /**
     * value / count by multiplying with ceil(2^32 / count): exact while value × count < 2^32,
     * which holds for value ≤ 256 × count and count < 4096.
     */
    private int divide(long value, long count) {
        if (count != reciprocalOf) {
            reciprocalOf = count;
            reciprocal = ((1L << 32) + count - 1) / count;
        }
        return (int) (value * reciprocal >>> 32);
    }

    private static long mean(long sum, long count) {
        return (sum + count / 2) / count;
    }

    private int eight(long sample) {
        return max == 0xFF ? (int) sample : RowSink.to8((int) sample);
    }
}
