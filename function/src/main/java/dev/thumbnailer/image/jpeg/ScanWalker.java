package dev.thumbnailer.image.jpeg;

/**
 * Walks one scan's MCUs in order (T.81 A.2): every block of every component of an interleaved
 * scan, or one block per MCU for a component alone in its scan; handles restart intervals and
 * stops at the first MCU row that needed bits the file does not have.
 */
final class ScanWalker {

    /** What a scan does with each block: decode it into pixels, or into stored coefficients. */
    interface Blocks {

        void decode(Component c, int row, int col) throws JpegException;

        /** Scan start and every restart: DC predictions (and an EOB run) start afresh (T.81 F.2.1.3.1, G.1.2.2). */
        void reset();
    }

    /** Where the blocks' bits come from: Huffman-coded ({@link BitReader}) or arithmetic-coded ({@link ArithmeticDecoder}) data. */
    interface Source {

        /** At a restart interval's end (T.81 E.2.4): RSTn must follow; decoding starts afresh after it. */
        void restart(int n) throws JpegException;

        /** Whether the data ran out: bits were needed past the end of what the file holds. */
        boolean overran();

        /** Whether the next {@code n} bits reach past the scan's data. */
        boolean lacks(int n);

        /** After the scan's last MCU: the position of the marker that must follow. */
        int end() throws JpegException;
    }

    /** Told when an MCU row is complete, to turn it into output rows while it is in the cache. */
    interface RowSink {

        void mcuRow(int row);
    }

    private ScanWalker() {
    }

    /** @return the position of the marker after the scan's data */
    static int walk(Frame frame, Scan scan, Source in, Blocks blocks, RowSink sink) throws JpegException {
        try {
            walkMcus(frame, scan, in, blocks, sink);
        } catch (JpegException e) {
            // Past the data the reader feeds zeros, which soon make an impossible code or magnitude.
            // Damage seen within a longest code (16 bits) of the end is the file ending early: libjpeg
            // needs those bits too, so it has warned "premature end" by then.
            throw in.lacks(16) && !e.truncation() ? JpegException.truncated("data ends inside the scan") : e;
        }
        return in.end();
    }

    private static void walkMcus(Frame frame, Scan scan, Source in, Blocks blocks, RowSink sink) throws JpegException {
        Component[] cs = scan.components();
        boolean single = cs.length == 1;
        int mcusX = single ? cs[0].scanBlocksPerLine : frame.mcusX;
        int mcusY = single ? cs[0].scanBlockRows : frame.mcusY;
        int interval = scan.restartInterval();
        int left = interval;
        int nextRestart = 0;
        blocks.reset();
        for (int my = 0; my < mcusY; my++) {
            for (int mx = 0; mx < mcusX; mx++) {
                if (interval > 0) {
                    if (left == 0) {
                        in.restart(nextRestart);
                        nextRestart = (nextRestart + 1) & 7;
                        blocks.reset();
                        left = interval;
                    }
                    left--;
                }
                if (single) {
                    blocks.decode(cs[0], my, mx);
                } else {
                    mcu(cs, my, mx, blocks);
                }
            }
            if (in.overran()) {
                throw JpegException.truncated("data ends inside the scan");
            }
            sink.mcuRow(my);
        }
    }

    private static void mcu(Component[] cs, int my, int mx, Blocks blocks) throws JpegException {
        for (Component c : cs) {
            for (int by = 0; by < c.v; by++) {
                for (int bx = 0; bx < c.h; bx++) {
                    blocks.decode(c, my * c.v + by, mx * c.h + bx);
                }
            }
        }
    }
}
