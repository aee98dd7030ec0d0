package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/** Turns one cell's sums into an 8-bit output pixel, rounding to nearest. */
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

    void plain(int ox, int oy, long[] sums, int at, long count) {
        if (channels == 1) {
            grey[oy * width + ox] = (byte) eight(mean(sums[at], count));
        } else {
            argb[oy * width + ox] = 0xFF000000 | eight(mean(sums[at], count)) << 16
                    | eight(mean(sums[at + 1], count)) << 8 | eight(mean(sums[at + 2], count));
        }
    }

    void weighted(int ox, int oy, long[] sums, int at, long count) {
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

    private static long mean(long sum, long count) {
        return (sum + count / 2) / count;
    }

    private int eight(long sample) {
        return max == 0xFF ? (int) sample : RowSink.to8((int) sample);
    }
}
