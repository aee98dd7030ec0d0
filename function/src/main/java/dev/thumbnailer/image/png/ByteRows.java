package dev.thumbnailer.image.png;

/**
 * The common case of a reduced decode, 8-bit RGB or RGBA scanlines, summed straight from the
 * unfiltered bytes into one output row's cells: no int expansion, no division per cell. Same sums
 * and layout as {@link BoxSink}'s (alpha, alpha × colour, colour for RGBA).
 */
final class ByteRows {

    private ByteRows() {
    }

    /**
     * Pixels x0 .. x0 + n - 1 of a sequential row, stored from {@code row[at]}. A whole row at a
     * reduction of 2 or 3 (the common factors for the default sizes) runs unrolled, a cell per
     * iteration: the per-cell inner loop of a few pixels was most of the cost.
     */
    static void add(byte[] row, int at, int x0, int n, int width, int reduce, boolean alpha, long[] sums) {
        if (x0 == 0 && (reduce == 2 || reduce == 3 && !alpha)) {
            int cells = n / reduce;
            if (alpha) {
                rgba2(row, at, cells, sums);
            } else if (reduce == 2) {
                rgb2(row, at, cells, sums);
            } else {
                rgb3(row, at, cells, sums);
            }
            int done = cells * reduce;
            if (done < n) {
                cells(row, at + (alpha ? 4 : 3) * done, done, n - done, width, reduce, alpha, sums);
            }
            return;
        }
        cells(row, at, x0, n, width, reduce, alpha, sums);
    }

    private static void rgb2(byte[] row, int q, int cells, long[] sums) {
        for (int s = 0, end = 3 * cells; s < end; s += 3, q += 6) {
            sums[s] += (row[q] & 0xFF) + (row[q + 3] & 0xFF);
            sums[s + 1] += (row[q + 1] & 0xFF) + (row[q + 4] & 0xFF);
            sums[s + 2] += (row[q + 2] & 0xFF) + (row[q + 5] & 0xFF);
        }
    }

    private static void rgb3(byte[] row, int q, int cells, long[] sums) {
        for (int s = 0, end = 3 * cells; s < end; s += 3, q += 9) {
            sums[s] += (row[q] & 0xFF) + (row[q + 3] & 0xFF) + (row[q + 6] & 0xFF);
            sums[s + 1] += (row[q + 1] & 0xFF) + (row[q + 4] & 0xFF) + (row[q + 7] & 0xFF);
            sums[s + 2] += (row[q + 2] & 0xFF) + (row[q + 5] & 0xFF) + (row[q + 8] & 0xFF);
        }
    }

    private static void rgba2(byte[] row, int q, int cells, long[] sums) {
        for (int s = 0, end = 7 * cells; s < end; s += 7, q += 8) {
            int r0 = row[q] & 0xFF;
            int g0 = row[q + 1] & 0xFF;
            int b0 = row[q + 2] & 0xFF;
            int a0 = row[q + 3] & 0xFF;
            int r1 = row[q + 4] & 0xFF;
            int g1 = row[q + 5] & 0xFF;
            int b1 = row[q + 6] & 0xFF;
            int a1 = row[q + 7] & 0xFF;
            sums[s] += a0 + a1;
            sums[s + 1] += a0 * r0 + a1 * r1;
            sums[s + 2] += a0 * g0 + a1 * g1;
            sums[s + 3] += a0 * b0 + a1 * b1;
            sums[s + 4] += r0 + r1;
            sums[s + 5] += g0 + g1;
            sums[s + 6] += b0 + b1;
        }
    }

    private static void cells(byte[] row, int at, int x0, int n, int width, int reduce, boolean alpha, long[] sums) {
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
