package dev.thumbnailer.image.jpeg;

/**
 * AC successive-approximation refinement (T.81 G.1.2.3, as libjpeg's decode_mcu_AC_refine): each
 * newly non-zero coefficient is ±1 at bit {@code al}; every coefficient of the band that was
 * already non-zero and is passed over gets one correction bit. Which coefficients those are comes
 * from the block's non-zero mask, with bit operations rather than a walk over the band; inside the
 * zone the bits are applied one by one, outside it they are only counted and skipped.
 */
final class AcRefinement extends ProgressiveBlocks {

    /**
     * Trailing-zero count by de Bruijn multiplication: C1 (Lambda's -XX:TieredStopAtLevel=1) has no
     * intrinsic for Long.numberOfTrailingZeros, whose plain Java version measured 25 ns a call here.
     */
    private static final long DE_BRUIJN = 0x03F79D71B4CB0A89L;
    private static final int[] TRAILING_ZEROS = new int[64];

    static {
        for (int i = 0; i < 64; i++) {
            TRAILING_ZEROS[(int) ((DE_BRUIJN << i) >>> 58)] = i;
        }
    }

    /** Bits ss..se. */
    private final long band;
    private final int p1;

    AcRefinement(BitReader in, Scan scan) {
        super(in, scan);
        this.band = (scan.se() == 63 ? -1L : (1L << (scan.se() + 1)) - 1) & (-1L << scan.ss());
        this.p1 = 1 << scan.al();
    }

    @Override
    public void decode(Component c, int row, int col) throws JpegException {
        int block = row * c.blocksPerLine + col;
        int k = scan.ss();
        if (eobRun == 0) {
            k = newCoefficients(c, block, k);
        }
        if (eobRun > 0) {
            if (k < 64) {
                correct(c, block, c.nonZero[block] & band & (-1L << k));
            }
            eobRun--;
        }
    }

    /**
     * Run/size symbols until the band ends or an EOB starts a run; returns where the run takes over.
     * A symbol's run r counts coefficients with a zero history: the new coefficient (if any) goes at
     * the (r+1)-th of them, and every non-zero one passed on the way takes a correction bit.
     */
    private int newCoefficients(Component c, int block, int k) throws JpegException {
        BitReader in = this.in;
        HuffmanTable table = c.acTable;
        long nonZero = c.nonZero[block];
        int[] fast = table.fast;
        int se = scan.se();
        // Buffer and bit count in locals, stored back before every call that reads bits and every
        // throw (C1 would load and store the fields at each use).
        long buffer = in.buffer;
        int bits = in.bits;
        while (k <= se) {
            if (bits < 32) {
                in.bits = bits;
                in.fill();
                buffer = in.buffer;
                bits = in.bits;
            }
            int rs = fast[(int) (buffer >>> (bits - HuffmanTable.LOOKAHEAD)) & HuffmanTable.MASK];
            if (rs != 0) {
                bits -= rs >>> 8; // the lookup of HuffmanTable.decode, written out: C1 would not inline it
                rs &= 0xFF;
            } else {
                in.bits = bits;
                rs = table.decode(in);
                buffer = in.buffer;
                bits = in.bits;
            }
            int value = 0;
            if ((rs & 15) == 1) {
                bits--; // the sign, read here: at least 16 bits are still buffered after the code
                value = ((int) (buffer >>> bits) & 1) != 0 ? p1 : -p1;
            } else if ((rs & 15) != 0) {
                in.bits = bits;
                throw JpegException.corrupt("refinement magnitude " + (rs & 15)); // libjpeg: JWRN_HUFF_BAD_CODE
            } else if (rs != 0xF0) {
                in.bits = bits;
                eobRun = endOfBands(rs >> 4);
                c.nonZero[block] = nonZero;
                return k;
            }
            long zeros = ~nonZero & band & (-1L << k);
            for (int skip = rs >> 4; skip > 0 && zeros != 0; skip--) {
                zeros &= zeros - 1;
            }
            long target = zeros & -zeros; // one bit, or 0 when the band has run out
            long passed = nonZero & band & (-1L << k) & (target == 0 ? -1L : target - 1);
            if (passed != 0) {
                in.bits = bits;
                correct(c, block, passed);
                buffer = in.buffer;
                bits = in.bits;
            }
            k = target == 0 ? 64 : TRAILING_ZEROS[(int) ((target * DE_BRUIJN) >>> 58)] + 1;
            if (value != 0) {
                if (target == 0) {
                    in.bits = bits;
                    throw JpegException.corrupt("refinement past the band");
                }
                nonZero |= target;
                set(c, block, k - 1, value);
            }
        }
        in.bits = bits;
        c.nonZero[block] = nonZero;
        return k;
    }

    /** One correction bit for each coefficient in {@code passed}, in zigzag order. */
    private void correct(Component c, int block, long passed) {
        for (long bits = passed & c.zoneBits; bits != 0; bits &= bits - 1) {
            int k = TRAILING_ZEROS[(int) (((bits & -bits) * DE_BRUIJN) >>> 58)];
            if (in.bit() != 0 && c.zone[k] >= 0) {
                int at = block * c.zoneSize + c.zone[k];
                int value = c.coefficients[at];
                if ((value & p1) == 0) {
                    c.coefficients[at] = (short) (value >= 0 ? value + p1 : value - p1);
                }
            }
        }
        long outside = passed & ~c.zoneBits;
        for (int left = outside == 0 ? 0 : Long.bitCount(outside); left > 0; left -= 32) {
            int step = Math.min(left, 32);
            if (in.bits < step) {
                in.fill();
            }
            in.bits -= step;
        }
    }

    private void set(Component c, int block, int k, int value) {
        if (c.zone[k] >= 0) {
            c.coefficients[block * c.zoneSize + c.zone[k]] = (short) value;
        }
    }
}
