package dev.thumbnailer.image.jpeg;

/**
 * The conditioning of each arithmetic-coding table (T.81 B.2.4.3, F.1.4.4): for DC, the bounds L
 * and U that sort a difference into zero, small or large (default 0 and 1); for AC, Kx, up to which
 * zigzag index magnitudes use the low bins (default 5). A DAC segment changes some tables; the
 * others keep what they had.
 */
record ArithmeticConditioning(int[] dcLower, int[] dcUpper, int[] acKx) {

    static ArithmeticConditioning defaults() {
        return new ArithmeticConditioning(new int[4], new int[] {1, 1, 1, 1}, new int[] {5, 5, 5, 5});
    }

    /** DAC (B.2.4.3): per table, DC conditioning bounds L ≤ U (0-15) or the AC Kx (1-63); other tables keep what they had. */
    static ArithmeticConditioning parse(byte[] d, int start, int end, ArithmeticConditioning previous) throws JpegException {
        int[] lower = previous.dcLower().clone();
        int[] upper = previous.dcUpper().clone();
        int[] kx = previous.acKx().clone();
        if ((end - start) % 2 != 0) {
            throw JpegException.corrupt("bad DAC length");
        }
        for (int p = start; p < end; p += 2) {
            int tableClass = (d[p] & 0xFF) >> 4;
            int id = d[p] & 0x0F;
            int value = d[p + 1] & 0xFF;
            if (tableClass > 1 || id > 3) {
                throw JpegException.corrupt("bad DAC table");
            }
            if (tableClass == 0) {
                lower[id] = value & 0x0F;
                upper[id] = value >> 4;
                if (lower[id] > upper[id]) {
                    throw JpegException.corrupt("DAC with L above U");
                }
            } else if (value < 1 || value > 63) {
                throw JpegException.corrupt("DAC with Kx " + value);
            } else {
                kx[id] = value;
            }
        }
        return new ArithmeticConditioning(lower, upper, kx);
    }
}
