package dev.thumbnailer.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.util.Arrays;

/**
 * The resizer's last step, a downscale by any ratio as an exact area average: each output pixel
 * is the mean of the source area it covers, source pixels cut by its edges weighted by the share
 * that falls inside. Separable (rows, then columns), weights in 14-bit fixed point, colour
 * weighted by alpha so transparent pixels lend no colour. Unlike a bilinear step, which reads
 * about two source pixels per output pixel whatever the ratio and lets finer detail through as
 * false patterns, the footprint grows with the ratio, so a source only a little larger than the
 * thumbnail (a reduced decode) is filtered as well as the full image would be.
 */
final class AreaResampler {

    private static final int BITS = 14;
    private static final int ONE = 1 << BITS;

    private AreaResampler() {
    }

    /** Whether {@code source} is a working type this class reads (8-bit grey, RGB, ARGB in their standard layouts). */
    static boolean handles(BufferedImage source, int width, int height) {
        int type = source.getType();
        return (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB || type == BufferedImage.TYPE_BYTE_GRAY)
                && width <= source.getWidth() && height <= source.getHeight();
    }

    /** {@code source} (see {@link #handles}) reduced to width × height, into a new image of the same type. */
    static BufferedImage resize(BufferedImage source, int width, int height) {
        Weights across = Weights.area(source.getWidth(), width);
        Weights down = Weights.area(source.getHeight(), height);
        BufferedImage target = new BufferedImage(width, height, source.getType());
        switch (source.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY -> grey(source, target, across, down);
            case BufferedImage.TYPE_INT_ARGB -> {
                if (opaque(source)) {
                    rgb(source, target, across, down); // a GIF canvas mostly: three channels, no weighting
                } else {
                    argb(source, target, across, down);
                }
            }
            default -> rgb(source, target, across, down);
        }
        return target;
    }

    private static void grey(BufferedImage source, BufferedImage target, Weights across, Weights down) {
        Raster raster = source.getRaster();
        PixelInterleavedSampleModel model = (PixelInterleavedSampleModel) raster.getSampleModel();
        byte[] src = ((DataBufferByte) raster.getDataBuffer()).getData();
        int scan = model.getScanlineStride();
        int base = model.getOffset(-raster.getSampleModelTranslateX(), -raster.getSampleModelTranslateY());
        int width = target.getWidth();
        int[] start = across.start;
        int[] count = across.count;
        int[] weights = across.weight;
        int taps = across.taps;
        int[] rows = new int[width * source.getHeight()];
        for (int y = 0, r = 0; y < source.getHeight(); y++, r += width) {
            int row = base + y * scan;
            for (int x = 0; x < width; x++) {
                int sum = 0;
                for (int j = row + start[x], w = x * taps, end = j + count[x]; j < end; j++, w++) {
                    sum += (src[j] & 0xFF) * weights[w];
                }
                rows[r + x] = sum >> 6; // 8 fractional bits kept for the second pass
            }
        }
        byte[] out = ((DataBufferByte) target.getRaster().getDataBuffer()).getData();
        weights = down.weight;
        for (int y = 0; y < target.getHeight(); y++) {
            int first = down.start[y];
            int n = down.count[y];
            int w0 = y * down.taps;
            for (int x = 0; x < width; x++) {
                long sum = 0;
                for (int k = 0, r = first * width + x; k < n; k++, r += width) {
                    sum += (long) rows[r] * weights[w0 + k];
                }
                out[y * width + x] = (byte) eight(sum);
            }
        }
    }

    private static boolean opaque(BufferedImage source) {
        Raster raster = source.getRaster();
        SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
        int[] src = ((DataBufferInt) raster.getDataBuffer()).getData();
        int scan = model.getScanlineStride();
        int base = model.getOffset(-raster.getSampleModelTranslateX(), -raster.getSampleModelTranslateY());
        int all = -1;
        for (int y = 0; y < source.getHeight(); y++) {
            for (int i = base + y * scan, end = i + source.getWidth(); i < end; i++) {
                all &= src[i];
            }
            if (all >>> 24 != 0xFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * Red, green and blue summed per tap; 8 fractional bits kept between the passes. The column
     * pass adds whole rows, each times its weight, into one row of sums: a plain loop over the
     * row, where a loop over the taps per pixel cost more in its setup than in its arithmetic.
     */
    private static void rgb(BufferedImage source, BufferedImage target, Weights across, Weights down) {
        int[] rows = horizontal(source, across, false);
        int width = target.getWidth();
        int length = 3 * width;
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int[] weights = down.weight;
        int[] sums = new int[length]; // 255 × 256 × 2^14 at most: an int
        for (int y = 0; y < target.getHeight(); y++) {
            Arrays.fill(sums, 1 << (BITS + 7)); // the rounding of eight(), added once
            for (int k = 0, q = down.start[y] * length, w0 = y * down.taps; k < down.count[y]; k++, q += length) {
                int w = weights[w0 + k];
                for (int i = 0; i < length; i++) {
                    sums[i] += rows[q + i] * w;
                }
            }
            for (int x = 0, o = y * width; x < width; x++, o++) {
                out[o] = 0xFF000000 | byteOf(sums[3 * x]) << 16 | byteOf(sums[3 * x + 1]) << 8 | byteOf(sums[3 * x + 2]);
            }
        }
    }

    /** A rounded column-pass sum to 0-255. */
    private static int byteOf(int rounded) {
        return Math.min(255, rounded >>> (BITS + 8));
    }

    /** Alpha, then alpha × red, green, blue; the colour is their quotient, so it needs no rescaling. */
    private static void argb(BufferedImage source, BufferedImage target, Weights across, Weights down) {
        int[] rows = horizontal(source, across, true);
        int width = target.getWidth();
        int[] out = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int[] weights = down.weight;
        for (int y = 0; y < target.getHeight(); y++) {
            int first = down.start[y];
            int n = down.count[y];
            int w0 = y * down.taps;
            for (int x = 0; x < width; x++) {
                long a = 0;
                long r = 0;
                long g = 0;
                long b = 0;
                for (int k = 0, q = 4 * (first * width + x); k < n; k++, q += 4 * width) {
                    long w = weights[w0 + k];
                    a += rows[q] * w;
                    r += rows[q + 1] * w;
                    g += rows[q + 2] * w;
                    b += rows[q + 3] * w;
                }
                out[y * width + x] = a <= 0 ? 0 : eight(a) << 24 | quotient(r, a) << 16 | quotient(g, a) << 8 | quotient(b, a);
            }
        }
    }

    /**
     * The row pass for packed pixels: per output column its channels' sums, shifted to keep 8
     * fractional bits (alpha-weighted colour: 255 × 255 × 256 at most, still an int).
     */
    private static int[] horizontal(BufferedImage source, Weights across, boolean alpha) {
        Raster raster = source.getRaster();
        SinglePixelPackedSampleModel model = (SinglePixelPackedSampleModel) raster.getSampleModel();
        int[] src = ((DataBufferInt) raster.getDataBuffer()).getData();
        int scan = model.getScanlineStride();
        int base = model.getOffset(-raster.getSampleModelTranslateX(), -raster.getSampleModelTranslateY());
        int[] start = across.start; // locals: C1 does not hoist field loads out of loops
        int[] count = across.count;
        int[] weights = across.weight;
        int taps = across.taps;
        int width = count.length;
        int channels = alpha ? 4 : 3;
        int[] rows = new int[channels * width * source.getHeight()];
        for (int y = 0, o = 0; y < source.getHeight(); y++) {
            int row = base + y * scan;
            for (int x = 0; x < width; x++, o += channels) {
                int j = row + start[x];
                int end = j + count[x];
                int w = x * taps;
                if (alpha) {
                    long a = 0;
                    long r = 0;
                    long g = 0;
                    long b = 0;
                    for (; j < end; j++, w++) {
                        int p = src[j];
                        long weight = weights[w];
                        long pa = (p >>> 24) * weight;
                        a += pa;
                        r += (p >> 16 & 0xFF) * pa;
                        g += (p >> 8 & 0xFF) * pa;
                        b += (p & 0xFF) * pa;
                    }
                    rows[o] = (int) (a >> 6);
                    rows[o + 1] = (int) (r >> 14);
                    rows[o + 2] = (int) (g >> 14);
                    rows[o + 3] = (int) (b >> 14);
                } else {
                    int r = 0;
                    int g = 0;
                    int b = 0;
                    for (; j < end; j++, w++) {
                        int p = src[j];
                        int weight = weights[w];
                        r += (p >> 16 & 0xFF) * weight;
                        g += (p >> 8 & 0xFF) * weight;
                        b += (p & 0xFF) * weight;
                    }
                    rows[o] = r >> 6;
                    rows[o + 1] = g >> 6;
                    rows[o + 2] = b >> 6;
                }
            }
        }
        return rows;
    }

    /** A second-pass sum (14 + 8 fractional bits) rounded to 0-255. */
    private static int eight(long sum) {
        return (int) Math.max(0, Math.min(255, sum + (1L << (BITS + 7)) >> (BITS + 8)));
    }

    /** Alpha-weighted colour over alpha (alpha carries 8 more fractional bits than the colour sums). */
    private static int quotient(long weighted, long alpha) {
        return (int) Math.max(0, Math.min(255, (weighted * 256 + alpha / 2) / alpha));
    }

    /** Per output pixel along one axis: the first source pixel it reads, how many, and their weights (summing to 2^14). */
    record Weights(int[] start, int[] count, int[] weight, int taps) {

        /** Output pixel i covers source [i × ratio, (i + 1) × ratio); each source pixel weighs what of it lies inside. */
        static Weights area(int sourceLength, int length) {
            double ratio = (double) sourceLength / length;
            int taps = (int) Math.ceil(ratio) + 1;
            int[] start = new int[length];
            int[] count = new int[length];
            int[] weight = new int[length * taps];
            for (int i = 0; i < length; i++) {
                double from = i * ratio;
                double to = Math.min(sourceLength, (i + 1) * ratio);
                int first = (int) Math.floor(from);
                int last = Math.min(sourceLength, (int) Math.ceil(to));
                start[i] = first;
                count[i] = last - first;
                int given = 0;
                int heaviest = 0;
                for (int j = first; j < last; j++) {
                    double share = (Math.min(j + 1, to) - Math.max(j, from)) / (to - from);
                    int w = (int) Math.round(share * ONE);
                    weight[i * taps + j - first] = w;
                    given += w;
                    if (w > weight[i * taps + heaviest]) {
                        heaviest = j - first;
                    }
                }
                weight[i * taps + heaviest] += ONE - given; // rounding slack to the largest share: the weights sum to exactly one
            }
            return new Weights(start, count, weight, taps);
        }
    }
}
