package dev.thumbnailer.image.jpeg;

/**
 * Arithmetic-coded AC successive-approximation refinement (T.81 G.1.3.3, Figure G.10): past the
 * last coefficient already non-zero an EOB decision comes first; a coefficient already non-zero
 * gets a correction bit, a zero one a decision whether it becomes ±1 at bit {@code al}.
 */
final class ArithmeticRefinement extends ArithmeticBlocks {

    ArithmeticRefinement(ArithmeticDecoder in, Scan scan, ArithmeticConditioning conditioning) {
        super(in, scan, conditioning, null, 0);
    }

    @Override
    public void decode(Component c, int row, int col) throws JpegException {
        int block = row * c.blocksPerLine + col;
        int base = block * c.zoneSize;
        long nonZero = c.nonZero[block];
        byte[] st = acStats[c.acSelector];
        int eobx = 63 - Long.numberOfLeadingZeros(nonZero & bandMask(1, scan.se()));
        for (int k = scan.ss(); k <= scan.se(); k++) {
            int bin = 3 * (k - 1);
            if (k > eobx && in.decode(st, bin) != 0) {
                break; // EOB
            }
            while (true) {
                if ((nonZero >>> k & 1) != 0) {
                    if (in.decode(st, bin + 2) != 0 && c.zone[k] >= 0) {
                        correct(c.coefficients, base + c.zone[k]);
                    }
                    break;
                }
                if (in.decode(st, bin + 1) != 0) {
                    int value = in.decode(fixed, 0) != 0 ? -(1 << scan.al()) : 1 << scan.al();
                    nonZero |= 1L << k;
                    if (c.zone[k] >= 0) {
                        c.coefficients[base + c.zone[k]] = (short) value;
                    }
                    break;
                }
                bin += 3;
                if (++k > scan.se()) {
                    throw JpegException.corrupt("arithmetic-coded AC run past the band");
                }
            }
        }
        c.nonZero[block] = nonZero;
    }

    /** A correction bit moves the magnitude away from zero by the bit's weight. */
    private void correct(short[] coefficients, int i) {
        int p1 = 1 << scan.al();
        coefficients[i] = (short) (coefficients[i] < 0 ? coefficients[i] - p1 : coefficients[i] + p1);
    }

    private static long bandMask(int from, int to) {
        return (to == 63 ? -1L : (1L << (to + 1)) - 1) & (-1L << from);
    }
}
