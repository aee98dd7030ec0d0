package dev.thumbnailer.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

/**
 * An image as quantised DCT coefficients, the way a JPEG encoder makes them: JFIF YCbCr (or grey),
 * chroma averaged 2×2 for 4:2:0, edge pixels repeated to whole MCUs, a float forward DCT (T.81
 * A.3.3) and the Annex K tables at half their values (about quality 75).
 */
final class JpegCoefficients {

    private static final int[] LUMA = {16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
            14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
            49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99};
    private static final int[] CHROMA = {17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
            47, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
            99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99};
    private static final int[] NATURAL = {0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34,
            27, 20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51,
            58, 59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63};

    private final int width;
    private final int height;
    private final int[] h;
    private final int[] v;
    private final int hmax;
    private final int vmax;
    /** Per component, per block of the MCU-padded grid, 64 coefficients in zigzag order. */
    private final int[][][] blocks;

    private JpegCoefficients(int width, int height, int[] h, int[] v, int[][][] blocks) {
        this.width = width;
        this.height = height;
        this.h = h;
        this.v = v;
        this.hmax = h[0];
        this.vmax = v[0];
        this.blocks = blocks;
    }

    static JpegCoefficients of(BufferedImage image, boolean grey, boolean subsampled) {
        int n = grey ? 1 : 3;
        int f = subsampled && !grey ? 2 : 1;
        int[] h = n == 1 ? new int[] {1} : new int[] {f, 1, 1};
        int[] v = h.clone();
        int w = image.getWidth();
        int ht = image.getHeight();
        int mcusX = (w + 8 * f - 1) / (8 * f);
        int mcusY = (ht + 8 * f - 1) / (8 * f);
        int[][][] blocks = new int[n][][];
        for (int c = 0; c < n; c++) {
            int perLine = mcusX * h[c];
            int rows = mcusY * v[c];
            int scale = f / h[c];
            blocks[c] = new int[perLine * rows][];
            for (int by = 0; by < rows; by++) {
                for (int bx = 0; bx < perLine; bx++) {
                    blocks[c][by * perLine + bx] = block(image, c, grey, scale, bx * 8, by * 8);
                }
            }
        }
        return new JpegCoefficients(w, ht, h, v, blocks);
    }

    private static int[] block(BufferedImage image, int c, boolean grey, int scale, int x0, int y0) {
        double[] samples = new double[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                double sum = 0;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        int px = Math.min(image.getWidth() - 1, (x0 + x) * scale + dx);
                        int py = Math.min(image.getHeight() - 1, (y0 + y) * scale + dy);
                        sum += sample(image.getRGB(px, py), grey ? 0 : c);
                    }
                }
                samples[y * 8 + x] = sum / (scale * scale) - 128;
            }
        }
        int[] table = c == 0 ? LUMA : CHROMA;
        int[] zigzag = new int[64];
        for (int k = 0; k < 64; k++) {
            int u = NATURAL[k] % 8;
            int vv = NATURAL[k] / 8;
            double sum = 0;
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    sum += samples[y * 8 + x] * Math.cos((2 * x + 1) * u * Math.PI / 16) * Math.cos((2 * y + 1) * vv * Math.PI / 16);
                }
            }
            double cu = u == 0 ? Math.sqrt(0.5) : 1;
            double cv = vv == 0 ? Math.sqrt(0.5) : 1;
            zigzag[k] = (int) Math.round(sum * cu * cv / 4 / quant(table, k));
        }
        return zigzag;
    }

    private static int quant(int[] table, int k) {
        return Math.max(1, table[NATURAL[k]] / 2);
    }

    /** JFIF's RGB to Y, Cb, Cr (T.871). */
    private static double sample(int rgb, int c) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        return switch (c) {
            case 0 -> 0.299 * r + 0.587 * g + 0.114 * b;
            case 1 -> 128 - 0.168736 * r - 0.331264 * g + 0.5 * b;
            default -> 128 + 0.5 * r - 0.418688 * g - 0.081312 * b;
        };
    }

    byte[] quantisationSegment() {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        for (int t = 0; t < Math.min(2, components()); t++) {
            payload.write(t);
            for (int k = 0; k < 64; k++) {
                payload.write(quant(t == 0 ? LUMA : CHROMA, k));
            }
        }
        return JpegSegments.segment(0xDB, payload.toByteArray());
    }

    byte[] frameSegment(int marker) {
        int n = components();
        byte[] payload = new byte[6 + 3 * n];
        payload[0] = 8;
        payload[1] = (byte) (height >> 8);
        payload[2] = (byte) height;
        payload[3] = (byte) (width >> 8);
        payload[4] = (byte) width;
        payload[5] = (byte) n;
        for (int c = 0; c < n; c++) {
            payload[6 + 3 * c] = (byte) (c + 1);
            payload[7 + 3 * c] = (byte) (h[c] << 4 | v[c]);
            payload[8 + 3 * c] = (byte) (c == 0 ? 0 : 1);
        }
        return JpegSegments.segment(marker, payload);
    }

    int components() {
        return blocks.length;
    }

    int h(int c) {
        return h[c];
    }

    int v(int c) {
        return v[c];
    }

    int mcusX() {
        return (width + 8 * hmax - 1) / (8 * hmax);
    }

    int mcusY() {
        return (height + 8 * vmax - 1) / (8 * vmax);
    }

    /** A component alone in a scan covers only the blocks its samples touch (A.2.2). */
    int scanBlocksPerLine(int c) {
        return ((width * h[c] + hmax - 1) / hmax + 7) / 8;
    }

    int scanBlockRows(int c) {
        return ((height * v[c] + vmax - 1) / vmax + 7) / 8;
    }

    int[] zigzag(int c, int row, int col) {
        return blocks[c][row * mcusX() * h[c] + col];
    }
}
