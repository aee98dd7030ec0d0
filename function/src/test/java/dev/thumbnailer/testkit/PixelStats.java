package dev.thumbnailer.testkit;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/** Reference reductions and differences for comparing decodes. */
public final class PixelStats {

    /** Absolute differences over all channels of the compared pixels, in 8-bit levels. */
    public record Difference(double mean, int p99, int max) {
        @Override
        public String toString() {
            return String.format("mean %.2f, p99 %d, max %d", mean, p99, max);
        }
    }

    private PixelStats() {
    }

    /** Each output pixel the average of its s×s cell of {@code full} (cells at the edges use what is there). */
    public static BufferedImage boxAverage(BufferedImage full, int s) {
        int w = (full.getWidth() + s - 1) / s;
        int h = (full.getHeight() + s - 1) / s;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                long[] sum = new long[3];
                int n = 0;
                for (int yy = y * s; yy < Math.min(full.getHeight(), y * s + s); yy++) {
                    for (int xx = x * s; xx < Math.min(full.getWidth(), x * s + s); xx++) {
                        int[] c = channels(full, xx, yy);
                        for (int i = 0; i < 3; i++) {
                            sum[i] += c[i];
                        }
                        n++;
                    }
                }
                out.setRGB(x, y, (int) ((sum[0] + n / 2) / n) << 16 | (int) ((sum[1] + n / 2) / n) << 8 | (int) ((sum[2] + n / 2) / n));
            }
        }
        return out;
    }

    public static Difference difference(BufferedImage a, BufferedImage b) {
        return difference(a, b, a.getWidth(), a.getHeight());
    }

    /** Over the top-left {@code width} × {@code height} pixels only. */
    public static Difference difference(BufferedImage a, BufferedImage b, int width, int height) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError(a.getWidth() + "x" + a.getHeight() + " vs " + b.getWidth() + "x" + b.getHeight());
        }
        int[] histogram = new int[256];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int[] p = channels(a, x, y);
                int[] q = channels(b, x, y);
                for (int c = 0; c < 3; c++) {
                    histogram[Math.abs(p[c] - q[c])]++;
                }
            }
        }
        return summary(histogram);
    }

    private static Difference summary(int[] histogram) {
        long count = Arrays.stream(histogram).asLongStream().sum();
        long sum = 0;
        long seen = 0;
        int p99 = -1;
        int max = 0;
        for (int d = 0; d < 256; d++) {
            sum += (long) d * histogram[d];
            seen += histogram[d];
            if (p99 < 0 && seen >= 0.99 * count) {
                p99 = d;
            }
            max = histogram[d] > 0 ? d : max;
        }
        return new Difference(count == 0 ? 0 : (double) sum / count, Math.max(p99, 0), max);
    }

    /** R, G, B; a grey image's raw sample three times (getRGB would linearise CS_GRAY). */
    public static int[] channels(BufferedImage image, int x, int y) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            int v = image.getRaster().getSample(x, y, 0);
            return new int[] {v, v, v};
        }
        int rgb = image.getRGB(x, y);
        return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
    }
}
