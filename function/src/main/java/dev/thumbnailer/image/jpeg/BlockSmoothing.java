package dev.thumbnailer.image.jpeg;

/**
 * Interblock smoothing for progressive files whose first AC coefficients never arrived in full
 * (a file whose scans stop after the DC scan, say): T.81 Annex K.8 estimates AC01, AC10, AC20,
 * AC11 and AC02 of each block from the DC values of the block and its eight neighbours, so the
 * image shows smooth gradients instead of flat 8×8 tiles. libjpeg does this by default for
 * progressive files (jdcoefct.c decompress_smooth_data, do_block_smoothing), so ImageIO (the JDK's
 * IJG libjpeg) does exactly this; an estimate only replaces a coefficient that is still zero, and
 * where a coefficient is known to bit {@code al}, the estimate stays below that bit, as there.
 * libjpeg-turbo 2.1 and later (and so Chromium) go further when only DC is known: nine AC
 * coefficients from a 5×5 neighbourhood. That variant is not done here; K.8's already removes
 * the tiles.
 */
final class BlockSmoothing {

    /** Zigzag indexes 1-5 and their natural (row-major) positions: AC01, AC10, AC20, AC11, AC02. */
    private static final int[] NATURAL = {0, 1, 8, 16, 9, 2};

    private BlockSmoothing() {
    }

    /** Whether smoothing can change anything: DC known for every component, an AC of 1-5 incomplete, no zero quantiser. */
    static boolean useful(Frame frame) {
        boolean incomplete = false;
        for (Component c : frame.components) {
            if (c.coefBits[0] < 0) {
                return false;
            }
            for (int k = 0; k <= 5; k++) {
                if (c.smoothingQuant[k] == 0) {
                    return false;
                }
                incomplete |= k > 0 && c.coefBits[k] != 0;
            }
        }
        return incomplete;
    }

    /** Fills in the estimates for block ({@code row}, {@code col}) of {@code c}, whose quantised zone is in {@code zone}. */
    static void estimate(Component c, int row, int col, int[] zone) {
        int lastRow = Math.min(c.blockRows, c.scanBlockRows) - 1;
        int lastCol = Math.min(c.blocksPerLine, c.scanBlocksPerLine) - 1;
        int up = Math.max(0, Math.min(row - 1, lastRow));
        int down = Math.max(0, Math.min(row + 1, lastRow));
        int left = Math.max(0, Math.min(col - 1, lastCol));
        int right = Math.max(0, Math.min(col + 1, lastCol));
        int here = Math.min(row, lastRow);
        int centre = Math.min(col, lastCol);
        int dc1 = dc(c, up, left);
        int dc2 = dc(c, up, centre);
        int dc3 = dc(c, up, right);
        int dc4 = dc(c, here, left);
        int dc5 = dc(c, here, centre);
        int dc6 = dc(c, here, right);
        int dc7 = dc(c, down, left);
        int dc8 = dc(c, down, centre);
        int dc9 = dc(c, down, right);
        set(c, zone, 1, 36L * (dc4 - dc6));
        set(c, zone, 2, 36L * (dc2 - dc8));
        set(c, zone, 3, 9L * (dc2 + dc8 - 2 * dc5));
        set(c, zone, 4, 5L * (dc1 - dc3 - dc7 + dc9));
        set(c, zone, 5, 9L * (dc4 + dc6 - 2 * dc5));
    }

    private static int dc(Component c, int row, int col) {
        return c.coefficients[(row * c.blocksPerLine + col) * c.zoneSize];
    }

    /** K.8's estimate of zigzag coefficient {@code k}: Q00 · weighted DC differences / (256 · Qk), rounded, below bit al. */
    private static void set(Component c, int[] zone, int k, long weighted) {
        int al = c.coefBits[k];
        int at = c.zone[k];
        if (al == 0 || at < 0 || zone[at] != 0) {
            return;
        }
        long q = c.smoothingQuant[k];
        long num = c.smoothingQuant[0] * weighted;
        int pred = (int) (((q << 7) + Math.abs(num)) / (q << 8));
        if (al > 0 && pred >= 1 << al) {
            pred = (1 << al) - 1;
        }
        zone[at] = num >= 0 ? pred : -pred;
    }

    static int naturalPosition(int k) {
        return NATURAL[k];
    }
}
