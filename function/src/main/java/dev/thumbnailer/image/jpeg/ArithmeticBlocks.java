package dev.thumbnailer.image.jpeg;

import java.util.Arrays;

/**
 * Arithmetic-coded blocks (T.81 F.1.4.4, F.2.4 and G.1.3): the decisions of {@link ArithmeticDecoder}
 * in the statistics bins of Tables F.4 and F.5, conditioned by the DAC parameters. Sequential scans
 * and progressive first scans here, AC refinement in {@link ArithmeticRefinement}. As with Huffman
 * data, only the zone the scaled IDCT reads is kept, and every non-zero coefficient is marked for
 * refinement scans.
 */
class ArithmeticBlocks implements ScanWalker.Blocks {

    final ArithmeticDecoder in;
    final Scan scan;
    final ArithmeticConditioning conditioning;
    final byte[][] acStats = new byte[4][256];
    final byte[] fixed = {(byte) ArithmeticDecoder.FIXED};
    private final byte[][] dcStats = new byte[4][64];
    private final int[] dcContext = new int[4];
    /** Strips one MCU row tall, per component, or null to store coefficients. */
    private final byte[][] strips;
    private final int stride;
    private final int[] work = new int[2 * ScaledIdct.PASS1];

    ArithmeticBlocks(ArithmeticDecoder in, Scan scan, ArithmeticConditioning conditioning, byte[][] strips, int stride) {
        this.in = in;
        this.scan = scan;
        this.conditioning = conditioning;
        this.strips = strips;
        this.stride = stride;
    }

    static ArithmeticBlocks of(ArithmeticDecoder in, Scan scan, ArithmeticConditioning conditioning, boolean progressive, byte[][] strips, int stride) {
        return progressive && !scan.isDc() && !scan.isFirst() ? new ArithmeticRefinement(in, scan, conditioning) : new ArithmeticBlocks(in, scan, conditioning, strips, stride);
    }

    /** Scan start and every restart: statistics, predictions and DC contexts start afresh (F.1.4.4.1.1, F.1.4.4.2). */
    @Override
    public void reset() {
        for (int t = 0; t < 4; t++) {
            Arrays.fill(dcStats[t], (byte) 0);
            Arrays.fill(acStats[t], (byte) 0);
        }
        Arrays.fill(dcContext, 0);
        for (Component c : scan.components()) {
            c.dcPrediction = 0;
        }
    }

    @Override
    public void decode(Component c, int row, int col) throws JpegException {
        if (scan.ss() == 0 && scan.se() == 63) {
            sequential(c, row, col);
            return;
        }
        int base = (row * c.blocksPerLine + col) * c.zoneSize;
        if (!scan.isDc()) {
            c.nonZero[row * c.blocksPerLine + col] |= band(c, scan.ss(), scan.se(), c.coefficients, base, scan.al());
        } else if (scan.isFirst()) {
            c.dcPrediction += dcDifference(c);
            c.coefficients[base] = (short) (c.dcPrediction << scan.al());
        } else if (in.decode(fixed, 0) != 0) {
            c.coefficients[base] |= (short) (1 << scan.al());
        }
    }

    private void sequential(Component c, int row, int col) throws JpegException {
        int[] zone = work;
        Arrays.fill(zone, 0, c.zoneSize, 0);
        zone[0] = c.dcPrediction += dcDifference(c);
        band(c, 1, 63, null, 0, 0);
        if (strips != null) {
            int offset = (row % c.v) * c.zoneHeight * stride + col * c.zoneWidth;
            ScaledIdct.transform(zone, c.quant, c.zoneWidth, c.zoneHeight, strips[c.index], offset, stride);
        } else {
            int base = (row * c.blocksPerLine + col) * c.zoneSize;
            for (int i = 0; i < c.zoneSize; i++) {
                c.coefficients[base + i] = (short) zone[i];
            }
        }
    }

    /** Decode_DC_DIFF (Figures F.19, F.21-F.24), bins S0..SN, X1.., M1.. from the component's context. */
    private int dcDifference(Component c) throws JpegException {
        byte[] st = dcStats[c.dcSelector];
        int s0 = dcContext[c.index];
        if (in.decode(st, s0) == 0) {
            dcContext[c.index] = 0;
            return 0;
        }
        int sign = in.decode(st, s0 + 1);
        int bin = s0 + 2 + sign;
        int m = in.decode(st, bin);
        if (m != 0) {
            bin = 20;
            while (in.decode(st, bin) != 0) {
                m = doubled(m);
                bin++;
            }
        }
        int lower = (1 << conditioning.dcLower()[c.dcSelector]) >> 1;
        int upper = (1 << conditioning.dcUpper()[c.dcSelector]) >> 1;
        dcContext[c.index] = m < lower ? 0 : m > upper ? 12 + 4 * sign : 4 + 4 * sign; // F.1.4.4.1.2
        return magnitude(st, bin + 14, m, sign);
    }

    /**
     * Decode_AC_coefficients (Figure F.20) over zigzag indexes {@code from..to}: values (shifted
     * left by {@code al}) go to the zone, into {@code stored} at {@code base} or, when it is null, the
     * work block. Returns the mask of the indexes it made non-zero.
     */
    private long band(Component c, int from, int to, short[] stored, int base, int al) throws JpegException {
        byte[] st = acStats[c.acSelector];
        long made = 0;
        for (int k = from; k <= to; k++) {
            int se = 3 * (k - 1);
            if (in.decode(st, se) != 0) {
                break; // EOB
            }
            while (in.decode(st, se + 1) == 0) {
                se += 3;
                if (++k > to) {
                    throw JpegException.corrupt("arithmetic-coded AC run past the band");
                }
            }
            int value = acValue(st, se + 2, k <= conditioning.acKx()[c.acSelector]) << al;
            made |= 1L << k;
            if (c.zone[k] >= 0) {
                if (stored == null) {
                    work[c.zone[k]] = value;
                } else {
                    stored[base + c.zone[k]] = (short) value;
                }
            }
        }
        return made;
    }

    /** A non-zero AC value (Figures F.21-F.24): sign at the fixed estimate, magnitude from SP, then X2.. (Table F.5). */
    private int acValue(byte[] st, int sp, boolean low) throws JpegException {
        int sign = in.decode(fixed, 0);
        int bin = sp;
        int m = in.decode(st, bin);
        if (m != 0 && in.decode(st, bin) != 0) {
            m = 2;
            bin = low ? 189 : 217;
            while (in.decode(st, bin) != 0) {
                m = doubled(m);
                bin++;
            }
        }
        return magnitude(st, bin + 14, m, sign);
    }

    /** The low bits of a magnitude whose top bit is {@code m}, from bin {@code bin} (Figure F.24), signed. */
    private int magnitude(byte[] st, int bin, int m, int sign) {
        int v = m;
        for (int bit = m >> 1; bit != 0; bit >>= 1) {
            if (in.decode(st, bin) != 0) {
                v |= bit;
            }
        }
        v += 1;
        return sign != 0 ? -v : v;
    }

    private static int doubled(int m) throws JpegException {
        if (m >= 0x4000) {
            throw JpegException.corrupt("arithmetic-coded magnitude too large");
        }
        return m << 1;
    }
}
