package dev.thumbnailer.bench.corpus;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

/**
 * Adds camera-like texture in place: smooth value noise (surface detail) plus per-pixel grain
 * (sensor noise). This entropy is what makes a quality-90 JPEG of a painted scene weigh what a
 * photo does. Deterministic: each row has its own seeded generator.
 */
final class Grain {

    private Grain() {
    }

    /**
     * @param detail amplitude of the smooth texture, in 8-bit levels
     * @param grain  amplitude of the per-pixel noise, in 8-bit levels
     */
    static void apply(BufferedImage image, long seed, int detail, int grain) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int cell = Math.max(4, width / 400);
        ValueNoise noise = new ValueNoise(width / cell + 2, height / cell + 2, seed);
        float[] row = new float[width];
        for (int y = 0; y < height; y++) {
            noise.row(y / (float) cell, cell, row);
            long state = seed * 0x9E3779B97F4A7C15L + y * 0xBF58476D1CE4E5B9L + 1;
            for (int x = 0, i = y * width; x < width; x++, i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                int luma = (int) (row[x] * detail) + (int) ((state & 0xFF) - 128) * grain / 128;
                int chroma = (int) ((state >>> 8 & 0xFF) - 128) * grain / 512;
                int p = pixels[i];
                pixels[i] = (p & 0xFF000000)
                        | clamp((p >> 16 & 0xFF) + luma + chroma) << 16
                        | clamp((p >> 8 & 0xFF) + luma) << 8
                        | clamp((p & 0xFF) + luma - chroma);
            }
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** Bilinear, smoothstepped value noise on a lattice of random values in [-1, 1]. */
    private static final class ValueNoise {
        private final float[] lattice;
        private final int columns;
        private final int rows;

        ValueNoise(int columns, int rows, long seed) {
            this.columns = columns;
            this.rows = rows;
            this.lattice = new float[columns * rows];
            SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
            for (int i = 0; i < lattice.length; i++) {
                lattice[i] = (float) (random.nextDouble() * 2 - 1);
            }
        }

        void row(float gy, int cell, float[] out) {
            int y0 = Math.min((int) gy, rows - 2);
            float fy = smooth(gy - y0);
            for (int x = 0; x < out.length; x++) {
                int x0 = Math.min(x / cell, columns - 2);
                float fx = smooth((x - x0 * cell) / (float) cell);
                float top = lerp(lattice[y0 * columns + x0], lattice[y0 * columns + x0 + 1], fx);
                float bottom = lerp(lattice[(y0 + 1) * columns + x0], lattice[(y0 + 1) * columns + x0 + 1], fx);
                out[x] = lerp(top, bottom, fy);
            }
        }

        private static float smooth(float t) {
            return t * t * (3 - 2 * t);
        }

        private static float lerp(float a, float b, float t) {
            return a + (b - a) * t;
        }
    }
}
