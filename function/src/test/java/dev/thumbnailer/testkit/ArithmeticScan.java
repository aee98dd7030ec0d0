package dev.thumbnailer.testkit;

import java.io.ByteArrayOutputStream;

/** One scan of {@link ArithmeticJpegs}: its MCUs in order (T.81 A.2), restart markers between intervals. */
final class ArithmeticScan {

    private final ArithmeticJpegs writer;
    private final JpegCoefficients k;
    private final int[] components;
    private final int ss;
    private final int se;
    private final int ah;
    private final int al;

    ArithmeticScan(ArithmeticJpegs writer, int[] scan) {
        this.writer = writer;
        this.k = writer.coefficients();
        int n = scan.length - 4;
        this.components = java.util.Arrays.copyOf(scan, n);
        this.ss = scan[n];
        this.se = scan[n + 1];
        this.ah = scan[n + 2];
        this.al = scan[n + 3];
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean single = components.length == 1;
        int c0 = components[0];
        int mcusX = single ? k.scanBlocksPerLine(c0) : k.mcusX();
        int mcusY = single ? k.scanBlockRows(c0) : k.mcusY();
        int interval = writer.restartInterval();
        ArithmeticEncoder e = new ArithmeticEncoder();
        writer.reset();
        int done = 0;
        int marker = 0;
        for (int my = 0; my < mcusY; my++) {
            for (int mx = 0; mx < mcusX; mx++) {
                if (interval > 0 && done > 0 && done % interval == 0) {
                    out.writeBytes(e.finish());
                    out.writeBytes(new byte[] {(byte) 0xFF, (byte) (0xD0 + marker)});
                    marker = (marker + 1) & 7;
                    e = new ArithmeticEncoder();
                    writer.reset();
                }
                if (single) {
                    block(e, c0, my, mx);
                } else {
                    for (int c : components) {
                        for (int by = 0; by < k.v(c); by++) {
                            for (int bx = 0; bx < k.h(c); bx++) {
                                block(e, c, my * k.v(c) + by, mx * k.h(c) + bx);
                            }
                        }
                    }
                }
                done++;
            }
        }
        out.writeBytes(e.finish());
        return out.toByteArray();
    }

    private void block(ArithmeticEncoder e, int c, int row, int col) {
        int[] zigzag = k.zigzag(c, row, col);
        if (ss == 0 && se == 63) {
            writer.dc(e, c, zigzag[0]);
            writer.ac(e, zigzag, 1, 63);
        } else if (ss == 0 && ah == 0) {
            writer.dc(e, c, zigzag[0] >> al);
        } else if (ss == 0) {
            writer.dcRefine(e, zigzag[0] >> al & 1);
        } else if (ah == 0) {
            int[] shifted = new int[64];
            for (int i = ss; i <= se; i++) {
                shifted[i] = zigzag[i] < 0 ? -(-zigzag[i] >> al) : zigzag[i] >> al;
            }
            writer.ac(e, shifted, ss, se);
        } else {
            int[] magnitudes = new int[64];
            boolean[] negative = new boolean[64];
            for (int i = ss; i <= se; i++) {
                magnitudes[i] = Math.abs(zigzag[i]) >> al;
                negative[i] = zigzag[i] < 0;
            }
            writer.refine(e, magnitudes, negative, ss, se);
        }
    }
}
