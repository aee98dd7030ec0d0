package dev.thumbnailer.image;

import dev.thumbnailer.image.pixels.ArgbPixels;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.List;

/**
 * Box-filter pyramid of an animation's composited canvas (GIF, APNG): each size gets the canvas halved with a 2×2
 * mean as many times as still leaves twice the thumbnail per axis, and the resizer's area average
 * ({@link AreaResampler}) does the last step of 2× to 4×. Halving is cheap and exact, but each
 * halving blurs by a whole halved pixel: stopping at 2× keeps that blur under half an output pixel
 * (at 1.46× the zone plate's coarse rings of the 128 px size faded by 3 grey levels), and the
 * area average, which reads every source pixel, filters the rest. Colours are averaged weighted by
 * alpha, so transparent pixels lend no colour to their neighbours. One instance per canvas size:
 * its buffers are reused frame after frame.
 */
final class BoxHalving {

    private final int[] times;
    private final BufferedImage[] levels;

    private BoxHalving(int width, int height, int[] times) {
        this.times = times;
        levels = new BufferedImage[Arrays.stream(times).max().orElse(0)];
        for (int i = 0; i < levels.length; i++) {
            width /= 2;
            height /= 2;
            levels[i] = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }
    }

    /** The pyramid for a canvas of this size and these thumbnail sizes. */
    static BoxHalving forCanvas(int width, int height, List<ThumbnailSize> sizes) {
        int[] times = new int[sizes.size()];
        for (int s = 0; s < times.length; s++) {
            while (stillLargeEnough(width, height, sizes.get(s), times[s] + 1)) {
                times[s]++;
            }
        }
        return new BoxHalving(width, height, times);
    }

    /** How many times the canvas is halved for the {@code size}-th size. */
    int times(int size) {
        return times[size];
    }

    /**
     * {@code canvas} (TYPE_INT_ARGB, the size given at creation) halved for each size, in the order
     * of the sizes; the canvas itself where no halving fits. Valid until the next call.
     */
    List<BufferedImage> apply(BufferedImage canvas) {
        BufferedImage current = canvas;
        for (BufferedImage level : levels) {
            halve(ArgbPixels.of(current), pixels(level), level.getWidth(), level.getHeight());
            current = level;
        }
        return Arrays.stream(times).mapToObj(t -> t == 0 ? canvas : levels[t - 1]).toList();
    }

    /** The halved crop still holds twice the thumbnail on both axes. */
    private static boolean stillLargeEnough(int width, int height, ThumbnailSize size, int times) {
        int w = width >> times;
        int h = height >> times;
        Geometry.Plan plan = Geometry.plan(width, height, size);
        return w >= 1 && h >= 1 && (long) plan.cropW() * w >= 2L * plan.width() * width
                && (long) plan.cropH() * h >= 2L * plan.height() * height;
    }

    /** An odd last column or row is dropped: it moves the picture by under half an output pixel. */
    private static void halve(ArgbPixels source, int[] target, int width, int height) {
        int[] src = source.argb();
        int stride = source.width();
        for (int y = 0; y < height; y++) {
            int top = 2 * y * stride;
            int bottom = top + stride;
            int out = y * width;
            for (int x = 0; x < width; x++) {
                int a = src[top + 2 * x];
                int b = src[top + 2 * x + 1];
                int c = src[bottom + 2 * x];
                int d = src[bottom + 2 * x + 1];
                target[out + x] = (a & b & c & d) >>> 24 == 0xFF ? opaqueMean(a, b, c, d) : weightedMean(a, b, c, d);
            }
        }
    }

    /** Red and blue summed side by side in one int (each sum fits in 10 bits), green in another. */
    private static int opaqueMean(int a, int b, int c, int d) {
        int redBlue = (a & 0xFF00FF) + (b & 0xFF00FF) + (c & 0xFF00FF) + (d & 0xFF00FF) + 0x20002;
        int green = (a & 0xFF00) + (b & 0xFF00) + (c & 0xFF00) + (d & 0xFF00) + 0x200;
        return 0xFF000000 | (redBlue >>> 2 & 0xFF00FF) | (green >>> 2 & 0xFF00);
    }

    private static int weightedMean(int a, int b, int c, int d) {
        int alpha = (a >>> 24) + (b >>> 24) + (c >>> 24) + (d >>> 24);
        if (alpha == 0) {
            return 0;
        }
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int sum = channel(a, shift) + channel(b, shift) + channel(c, shift) + channel(d, shift);
            rgb |= (sum + alpha / 2) / alpha << shift;
        }
        return (alpha + 2) >> 2 << 24 | rgb;
    }

    private static int channel(int argb, int shift) {
        return (argb >> shift & 0xFF) * (argb >>> 24);
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
