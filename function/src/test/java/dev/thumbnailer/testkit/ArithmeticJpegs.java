package dev.thumbnailer.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Arithmetic-coded JPEGs (SOF9 sequential, SOF10 progressive), which no JDK writer makes: quantised
 * coefficients from {@link JpegCoefficients}, coded with {@link ArithmeticEncoder} in the bins of
 * T.81 F.1.4.4 and G.1.3 (DC: S0, SS, SP/SN, X1.., M1..; AC: SE, S0, SP, X2.., M2..; signs and
 * refinement bits at the fixed estimate). Progressive files use a script with every kind of scan:
 * DC first and refinement, AC spectral bands with successive approximation.
 */
public final class ArithmeticJpegs {

    private final JpegCoefficients coefficients;
    private final int restartInterval;
    private final int[] dcBounds;
    private final int kx;
    private byte[][] dcStats;
    private byte[][] acStats;
    private int[] dcContext;
    private int[] previous;
    private final byte[] fixed = {(byte) ArithmeticEncoder.FIXED};

    private ArithmeticJpegs(JpegCoefficients coefficients, int restartInterval, int[] dcBounds, int kx) {
        this.coefficients = coefficients;
        this.restartInterval = restartInterval;
        this.dcBounds = dcBounds;
        this.kx = kx;
    }

    /** SOF9 with the default conditioning; {@code subsampled}: 4:2:0, else 4:4:4 (grey images: one component). */
    public static byte[] sequential(BufferedImage image, boolean grey, boolean subsampled, int restartInterval) {
        ArithmeticJpegs w = new ArithmeticJpegs(JpegCoefficients.of(image, grey, subsampled), restartInterval, null, 5);
        return w.file(false, new int[][] {w.allComponents(0, 63, 0, 0)});
    }

    /** SOF10 with a DAC segment (DC L = 1, U = 3; AC Kx = 2), so non-default conditioning is exercised too. */
    public static byte[] progressive(BufferedImage image, boolean grey, boolean subsampled, int restartInterval) {
        ArithmeticJpegs w = new ArithmeticJpegs(JpegCoefficients.of(image, grey, subsampled), restartInterval, new int[] {1, 3}, 2);
        return w.file(true, w.script());
    }

    /** Scans as {component indexes..., ss, se, ah, al}. */
    private int[][] script() {
        int n = coefficients.components();
        int[][] scans = new int[n == 1 ? 5 : 7][];
        int i = 0;
        scans[i++] = allComponents(0, 0, 0, 1);
        scans[i++] = new int[] {0, 1, 5, 0, 1};
        if (n == 3) {
            scans[i++] = new int[] {1, 1, 63, 0, 0};
            scans[i++] = new int[] {2, 1, 63, 0, 0};
        }
        scans[i++] = new int[] {0, 6, 63, 0, 1};
        scans[i++] = new int[] {0, 1, 63, 1, 0};
        scans[i] = allComponents(0, 0, 1, 0);
        return scans;
    }

    private int[] allComponents(int ss, int se, int ah, int al) {
        int n = coefficients.components();
        int[] scan = new int[n + 4];
        for (int c = 0; c < n; c++) {
            scan[c] = c;
        }
        scan[n] = ss;
        scan[n + 1] = se;
        scan[n + 2] = ah;
        scan[n + 3] = al;
        return scan;
    }

    private byte[] file(boolean progressive, int[][] scans) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        out.writeBytes(JpegSegments.segment(0xE0, new byte[] {'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0}));
        out.writeBytes(coefficients.quantisationSegment());
        out.writeBytes(coefficients.frameSegment(progressive ? 0xCA : 0xC9));
        if (dcBounds != null) {
            out.writeBytes(JpegSegments.segment(0xCC, new byte[] {0x00, (byte) (dcBounds[1] << 4 | dcBounds[0]), 0x10, (byte) kx}));
        }
        if (restartInterval > 0) {
            out.writeBytes(JpegSegments.segment(0xDD, new byte[] {(byte) (restartInterval >> 8), (byte) restartInterval}));
        }
        for (int[] scan : scans) {
            out.writeBytes(scanSegment(scan));
            out.writeBytes(new ArithmeticScan(this, scan).encode());
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private byte[] scanSegment(int[] scan) {
        int n = scan.length - 4;
        byte[] payload = new byte[1 + 2 * n + 3];
        payload[0] = (byte) n;
        for (int i = 0; i < n; i++) {
            payload[1 + 2 * i] = (byte) (scan[i] + 1);
            payload[2 + 2 * i] = 0; // conditioning table 0 for DC and AC
        }
        payload[1 + 2 * n] = (byte) scan[n];
        payload[2 + 2 * n] = (byte) scan[n + 1];
        payload[3 + 2 * n] = (byte) (scan[n + 2] << 4 | scan[n + 3]);
        return JpegSegments.segment(0xDA, payload);
    }

    JpegCoefficients coefficients() {
        return coefficients;
    }

    int restartInterval() {
        return restartInterval;
    }

    /** Statistics and predictions start afresh at each scan and restart. */
    void reset() {
        dcStats = new byte[1][64];
        acStats = new byte[1][256];
        dcContext = new int[4];
        previous = new int[4];
        Arrays.fill(previous, 0);
    }

    /** DC difference of component {@code c} (Figure F.4 and following). */
    void dc(ArithmeticEncoder e, int c, int value) {
        byte[] st = dcStats[0];
        int diff = value - previous[c];
        previous[c] = value;
        int s0 = dcContext[c];
        if (diff == 0) {
            e.encode(st, s0, 0);
            dcContext[c] = 0;
            return;
        }
        e.encode(st, s0, 1);
        int sign = diff < 0 ? 1 : 0;
        e.encode(st, s0 + 1, sign);
        int v = Math.abs(diff) - 1;
        int bin = s0 + 2 + sign;
        int m = 0;
        if (v == 0) {
            e.encode(st, bin, 0);
        } else {
            e.encode(st, bin, 1);
            m = Integer.highestOneBit(v);
            bin = 20;
            for (int top = 1; top < m; top <<= 1) {
                e.encode(st, bin++, 1);
            }
            e.encode(st, bin, 0);
        }
        int lower = (1 << (dcBounds == null ? 0 : dcBounds[0])) >> 1;
        int upper = (1 << (dcBounds == null ? 1 : dcBounds[1])) >> 1;
        dcContext[c] = m < lower ? 0 : m > upper ? 12 + 4 * sign : 4 + 4 * sign;
        bits(e, st, bin + 14, m, v);
    }

    /** AC coefficients {@code ss..se} of one block, already point-transformed (Figure F.5). */
    void ac(ArithmeticEncoder e, int[] zigzag, int ss, int se) {
        byte[] st = acStats[0];
        int end = se;
        while (end >= ss && zigzag[end] == 0) {
            end--;
        }
        for (int k = ss; k <= end; k++) {
            int bin = 3 * (k - 1);
            e.encode(st, bin, 0);
            while (zigzag[k] == 0) {
                e.encode(st, bin + 1, 0);
                bin += 3;
                k++;
            }
            e.encode(st, bin + 1, 1);
            e.encode(fixed, 0, zigzag[k] < 0 ? 1 : 0);
            magnitude(e, st, bin + 2, Math.abs(zigzag[k]) - 1, k <= kx ? 189 : 217);
        }
        if (end < se) {
            e.encode(st, 3 * (Math.max(end + 1, ss) - 1), 1);
        }
    }

    /** AC refinement of one block (Figure G.10): {@code magnitudes} are |coefficient| >> al, with their signs in {@code negative}. */
    void refine(ArithmeticEncoder e, int[] magnitudes, boolean[] negative, int ss, int se) {
        byte[] st = acStats[0];
        int end = se;
        while (end >= ss && magnitudes[end] == 0) {
            end--;
        }
        int eobx = se;
        while (eobx >= 1 && magnitudes[eobx] >> 1 == 0) {
            eobx--;
        }
        int k = ss;
        for (; k <= end; k++) {
            int bin = 3 * (k - 1);
            if (k > eobx) {
                e.encode(st, bin, 0);
            }
            while (true) {
                int v = magnitudes[k];
                if (v >> 1 != 0) {
                    e.encode(st, bin + 2, v & 1);
                    break;
                }
                if (v != 0) {
                    e.encode(st, bin + 1, 1);
                    e.encode(fixed, 0, negative[k] ? 1 : 0);
                    break;
                }
                e.encode(st, bin + 1, 0);
                bin += 3;
                k++;
            }
        }
        if (k <= se) {
            e.encode(st, 3 * (k - 1), 1);
        }
    }

    void dcRefine(ArithmeticEncoder e, int bit) {
        e.encode(fixed, 0, bit);
    }

    private void magnitude(ArithmeticEncoder e, byte[] st, int sp, int v, int x2) {
        if (v == 0) {
            e.encode(st, sp, 0);
            return;
        }
        e.encode(st, sp, 1);
        if (v == 1) {
            e.encode(st, sp, 0);
            bits(e, st, sp + 14, 1, v);
            return;
        }
        e.encode(st, sp, 1);
        int m = Integer.highestOneBit(v);
        int bin = x2;
        for (int top = 2; top < m; top <<= 1) {
            e.encode(st, bin++, 1);
        }
        e.encode(st, bin, 0);
        bits(e, st, bin + 14, m, v);
    }

    private static void bits(ArithmeticEncoder e, byte[] st, int bin, int m, int v) {
        for (int bit = m >> 1; bit != 0; bit >>= 1) {
            e.encode(st, bin, (v & bit) != 0 ? 1 : 0);
        }
    }
}
