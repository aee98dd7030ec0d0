package dev.thumbnailer.image.png;

/**
 * The common case of a reduced decode, 8-bit RGB or RGBA scanlines, summed straight from the
 * unfiltered bytes into one output row's cells: no int expansion, no division per cell. Same sums
 * and layout as {@link BoxSink}'s (alpha, alpha × colour, colour for RGBA).
 */
final class ByteRows {

    private ByteRows() {
    }

    /** Pixels x0 .. x0 + n - 1 of a sequential row, stored from {@code row[at]}. */
    static void add(byte[] row, int at, int x0, int n, int width, int reduce, boolean alpha, long[] sums) {
        int cell = x0 / reduce;
        int cellEnd = Math.min(width, (cell + 1) * reduce);
        int stride = alpha ? 7 : 3;
        int x = x0;
        int end = x0 + n;
        while (x < end) {
            int last = Math.min(end, cellEnd);
            if (alpha) {
                rgba(row, at + 4 * (x - x0), last - x, sums, cell * stride);
            } else {
                rgb(row, at + 3 * (x - x0), last - x, sums, cell * stride);
            }
            x = last;
            cell++;
            cellEnd = Math.min(width, cellEnd + reduce);
        }
    }

    private static void rgb(byte[] row, int q, int pixels, long[] sums, int s) {
        int r = 0;
        int g = 0;
        int b = 0;
        for (int end = q + 3 * pixels; q < end; q += 3) {
            r += row[q] & 0xFF;
            g += row[q + 1] & 0xFF;
            b += row[q + 2] & 0xFF;
        }
        sums[s] += r;
        sums[s + 1] += g;
        sums[s + 2] += b;
    }

    private static void rgba(byte[] row, int q, int pixels, long[] sums, int s) {
        int alpha = 0;
        int ar = 0;
        int ag = 0;
        int ab = 0;
        int r = 0;
        int g = 0;
        int b = 0;
        for (int end = q + 4 * pixels; q < end; q += 4) {
            int red = row[q] & 0xFF;
            int green = row[q + 1] & 0xFF;
            int blue = row[q + 2] & 0xFF;
            int a = row[q + 3] & 0xFF;
            alpha += a;
            ar += a * red;
            ag += a * green;
            ab += a * blue;
            r += red;
            g += green;
            b += blue;
        }
        sums[s] += alpha;
        sums[s + 1] += ar;
        sums[s + 2] += ag;
        sums[s + 3] += ab;
        sums[s + 4] += r;
        sums[s + 5] += g;
        sums[s + 6] += b;
    }
}
