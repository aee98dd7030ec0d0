package dev.thumbnailer.image.jpeg;

/**
 * The reduced-size inverse DCT: an 8×8 block's lowest W×H frequencies give W×H pixels, each the
 * block's continuous IDCT (T.81 A.3.3) evaluated at the centre of its cell, as libjpeg 7+'s
 * {@code jpeg_idct_4x4}, {@code _2x2} and {@code _1x1} do (jidctint.c). Dropping the frequencies
 * the smaller grid cannot hold is the low-pass, so the reduction does not alias. (libjpeg 6b's
 * jidctred.c instead box-averages the full-size result, which also reads odd coefficients outside
 * the zone; that would mean storing them for progressive files, and blurs slightly more.)
 *
 * <p>Square 2×2 and 4×4, the luma and 4:2:0 chroma cases at 1/4, are written out; other shapes
 * (chroma of 4:2:2 and 4:4:0 files is W ≠ H) go through a separable matrix product that skips
 * all-zero rows, as most high-frequency rows of a photo are.
 */
final class ScaledIdct {

    private static final int CONST_BITS = 12;
    /** Fraction bits kept between the passes, as libjpeg's PASS1_BITS. */
    private static final int PASS1_BITS = 2;
    /** Where the dequantised coefficients go in the work array (a zone has at most 256: 16×16 at full size). */
    private static final int DQ = 256;
    /** Where pass 1 leaves its output in the work array, which is {@code 2 * PASS1} long. */
    static final int PASS1 = 512;
    private static final int[][] BASIS = new int[17][];
    /** 2^12 · C(u)/2 · cos(uπ/8) for the 4-point transform. */
    private static final int K0 = 1448;
    private static final int K1 = 1892;
    private static final int K3 = 784;

    static {
        for (int n : new int[] {1, 2, 4, 8, 16}) {
            BASIS[n] = basis(n); // 16: 4:2:0 chroma of a full-size decode, its 8 frequencies evaluated at 16 points
        }
    }

    private ScaledIdct() {
    }

    /**
     * @param coefficients quantised zone coefficients, row-major, {@code width} wide, in the first
     *                     {@link #DQ} entries; the zone is left all zeros, ready for the next
     *                     block (the rest of the array is scratch: dequantised values, pass 1's output)
     * @param quant        dequantisation factors, same layout
     */
    static void transform(int[] coefficients, int[] quant, int width, int height, byte[] out, int offset, int stride) {
        int lastRow = 0;
        int i = 0;
        for (int row = 0; row < height; row++) { // row by row: no division per coefficient (C1 emits idiv)
            int any = 0;
            for (int end = i + width; i < end; i++) {
                int value = coefficients[i] * quant[i];
                coefficients[DQ + i] = value;
                coefficients[i] = 0;
                any |= value;
            }
            if (any != 0) {
                lastRow = row;
            }
        }
        if (lastRow == 0 && (width == 1 || allZero(coefficients, DQ + 1, DQ + width))) {
            fill(clamp(128 + ((coefficients[DQ] + 4) >> 3)), width, height, out, offset, stride); // DC/8: flat block
        } else if (width == 2 && height == 2) {
            square2(coefficients, out, offset, stride);
        } else if (width == 4 && height == 4) {
            square4(coefficients, out, offset, stride);
        } else {
            rows(coefficients, width, lastRow + 1);
            columns(coefficients, width, height, lastRow + 1, out, offset, stride);
        }
    }

    /**
     * What {@link #transform} makes of a zone whose only non-zero coefficient is the DC (quantised
     * {@code dc}): the flat block, without the pass over the zone. The caller clears the DC entry.
     */
    static void flat(int dc, int quant, int width, int height, byte[] out, int offset, int stride) {
        int value = clamp(128 + ((dc * quant + 4) >> 3));
        if (width == 1 && height == 1) {
            out[offset] = (byte) value; // 1/8: every luma block (zone 1×1)
        } else {
            fill(value, width, height, out, offset, stride);
        }
    }

    /** At N = 2 every basis value is ±1/(2√2), so the 2-D transform is a Haar butterfly, /8. */
    private static void square2(int[] c, byte[] out, int offset, int stride) {
        int sum0 = c[DQ] + c[DQ + 2];
        int diff0 = c[DQ] - c[DQ + 2];
        int sum1 = c[DQ + 1] + c[DQ + 3];
        int diff1 = c[DQ + 1] - c[DQ + 3];
        out[offset] = (byte) clamp(128 + ((sum0 + sum1 + 4) >> 3));
        out[offset + 1] = (byte) clamp(128 + ((sum0 - sum1 + 4) >> 3));
        out[offset + stride] = (byte) clamp(128 + ((diff0 + diff1 + 4) >> 3));
        out[offset + stride + 1] = (byte) clamp(128 + ((diff0 - diff1 + 4) >> 3));
    }

    /**
     * Rows into c[PASS1..], then columns with level shift and clamp: the 4-point transform (even
     * and odd halves as in LL&M) written out in both passes, since C1 would call a helper eight
     * times a block. A row of zero AC frequencies is flat.
     */
    private static void square4(int[] c, byte[] out, int offset, int stride) {
        int rowShift = CONST_BITS - PASS1_BITS;
        int rowRound = 1 << (rowShift - 1);
        for (int from = DQ, to = PASS1; from < DQ + 16; from += 4, to += 4) {
            int c0 = c[from];
            int c1 = c[from + 1];
            int c2 = c[from + 2];
            int c3 = c[from + 3];
            if ((c1 | c2 | c3) == 0) {
                int flat = (K0 * c0 + rowRound) >> rowShift;
                c[to] = flat;
                c[to + 1] = flat;
                c[to + 2] = flat;
                c[to + 3] = flat;
                continue;
            }
            int even0 = K0 * (c0 + c2);
            int even1 = K0 * (c0 - c2);
            int odd0 = K1 * c1 + K3 * c3;
            int odd1 = K3 * c1 - K1 * c3;
            c[to] = (even0 + odd0 + rowRound) >> rowShift;
            c[to + 1] = (even1 + odd1 + rowRound) >> rowShift;
            c[to + 2] = (even1 - odd1 + rowRound) >> rowShift;
            c[to + 3] = (even0 - odd0 + rowRound) >> rowShift;
        }
        int columnShift = CONST_BITS + PASS1_BITS;
        int columnRound = 1 << (columnShift - 1);
        for (int x = 0; x < 4; x++) {
            int c0 = c[PASS1 + x];
            int c1 = c[PASS1 + 4 + x];
            int c2 = c[PASS1 + 8 + x];
            int c3 = c[PASS1 + 12 + x];
            int even0 = K0 * (c0 + c2);
            int even1 = K0 * (c0 - c2);
            int odd0 = K1 * c1 + K3 * c3;
            int odd1 = K3 * c1 - K1 * c3;
            int o = offset + x;
            out[o] = (byte) clamp(128 + ((even0 + odd0 + columnRound) >> columnShift));
            out[o + stride] = (byte) clamp(128 + ((even1 + odd1 + columnRound) >> columnShift));
            out[o + 2 * stride] = (byte) clamp(128 + ((even1 - odd1 + columnRound) >> columnShift));
            out[o + 3 * stride] = (byte) clamp(128 + ((even0 - odd0 + columnRound) >> columnShift));
        }
    }

    /** Pass 1, into c[PASS1..]: each non-zero row of frequencies becomes {@code width} horizontal samples. */
    private static void rows(int[] c, int width, int rows) {
        int[] m = BASIS[width];
        for (int v = 0; v < rows; v++) {
            int base = v * width;
            for (int x = 0; x < width; x++) {
                int sum = 0;
                for (int u = 0; u < width; u++) {
                    sum += c[DQ + base + u] * m[x * width + u];
                }
                c[PASS1 + base + x] = (sum + (1 << (CONST_BITS - PASS1_BITS - 1))) >> (CONST_BITS - PASS1_BITS);
            }
        }
    }

    /** Pass 2: each column becomes {@code height} pixels, level-shifted by +128 and clamped (T.81 A.3.1). */
    private static void columns(int[] c, int width, int height, int rows, byte[] out, int offset, int stride) {
        int[] m = BASIS[height];
        int shift = CONST_BITS + PASS1_BITS;
        for (int y = 0; y < height; y++) {
            int o = offset + y * stride;
            for (int x = 0; x < width; x++) {
                int sum = 0;
                for (int v = 0; v < rows; v++) {
                    sum += c[PASS1 + v * width + x] * m[y * height + v];
                }
                out[o + x] = (byte) clamp(128 + ((sum + (1 << (shift - 1))) >> shift));
            }
        }
    }

    private static boolean allZero(int[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static void fill(int value, int width, int height, byte[] out, int offset, int stride) {
        byte b = (byte) value;
        for (int y = 0; y < height; y++) {
            int o = offset + y * stride;
            for (int x = 0; x < width; x++) {
                out[o + x] = b;
            }
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** m[x·n + u] = C(u)/2 · cos((2x+1)uπ / 2n) with C(0) = 1/√2, scaled by 2^CONST_BITS: two passes give 1/4·C(u)C(v)·cos·cos. */
    private static int[] basis(int n) {
        int[] m = new int[n * n];
        for (int x = 0; x < n; x++) {
            for (int u = 0; u < n; u++) {
                double c = u == 0 ? Math.sqrt(0.5) : 1.0;
                m[x * n + u] = (int) Math.round((1 << CONST_BITS) * c / 2 * Math.cos((2 * x + 1) * u * Math.PI / (2 * n)));
            }
        }
        return m;
    }
}
