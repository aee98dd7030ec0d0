package dev.thumbnailer.image.png;

/**
 * Sums one cell's worth of expanded samples ({@link SampleExpander}'s layout) into {@link BoxSink}'s
 * cell sums: one unrolled loop per channel count, the cell's partial sums kept in locals. Products
 * of alpha and colour are longs (65535² does not fit an int).
 */
final class SampleRows {

    private SampleRows() {
    }

    static void grey(int[] s, int from, int to, long[] sums, int at) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += s[i];
        }
        sums[at] += sum;
    }

    static void rgb(int[] s, int from, int to, long[] sums, int at) {
        long r = 0;
        long g = 0;
        long b = 0;
        for (int q = 3 * from; q < 3 * to; q += 3) {
            r += s[q];
            g += s[q + 1];
            b += s[q + 2];
        }
        sums[at] += r;
        sums[at + 1] += g;
        sums[at + 2] += b;
    }

    /** Layout per cell: alpha, alpha × grey, grey. */
    static void greyAlpha(int[] s, int from, int to, long[] sums, int at) {
        long alpha = 0;
        long weighted = 0;
        long plain = 0;
        for (int q = 2 * from; q < 2 * to; q += 2) {
            long a = s[q + 1];
            alpha += a;
            weighted += a * s[q];
            plain += s[q];
        }
        sums[at] += alpha;
        sums[at + 1] += weighted;
        sums[at + 2] += plain;
    }

    /** Layout per cell: alpha, alpha × red, green, blue, then red, green, blue. */
    static void rgba(int[] s, int from, int to, long[] sums, int at) {
        long alpha = 0;
        long ar = 0;
        long ag = 0;
        long ab = 0;
        long r = 0;
        long g = 0;
        long b = 0;
        for (int q = 4 * from; q < 4 * to; q += 4) {
            long a = s[q + 3];
            alpha += a;
            ar += a * s[q];
            ag += a * s[q + 1];
            ab += a * s[q + 2];
            r += s[q];
            g += s[q + 1];
            b += s[q + 2];
        }
        sums[at] += alpha;
        sums[at + 1] += ar;
        sums[at + 2] += ag;
        sums[at + 3] += ab;
        sums[at + 4] += r;
        sums[at + 5] += g;
        sums[at + 6] += b;
    }
}
