package dev.thumbnailer.image.jpeg;

/**
 * Progressive scans into stored coefficients (T.81 G.1.2): DC first and refinement, and AC first
 * with end-of-band runs; AC refinement is {@link AcRefinement}. Values are kept for the zone only,
 * but every coefficient that becomes non-zero is marked, because refinement scans send a
 * correction bit for each already non-zero coefficient of their band, zone or not.
 */
class ProgressiveBlocks implements ScanWalker.Blocks {

    final BitReader in;
    final Scan scan;
    /** Blocks left in the current end-of-band run (EOBRUN, G.1.2.2). */
    int eobRun;

    ProgressiveBlocks(BitReader in, Scan scan) {
        this.in = in;
        this.scan = scan;
    }

    static ProgressiveBlocks of(BitReader in, Scan scan) {
        return scan.isDc() || scan.isFirst() ? new ProgressiveBlocks(in, scan) : new AcRefinement(in, scan);
    }

    @Override
    public void reset() {
        eobRun = 0;
        for (Component c : scan.components()) {
            c.dcPrediction = 0;
        }
    }

    @Override
    public void decode(Component c, int row, int col) throws JpegException {
        int block = row * c.blocksPerLine + col;
        if (!scan.isDc()) {
            acFirst(c, block);
        } else if (scan.isFirst()) {
            int size = c.dcTable.decode(in);
            if (size > 16) {
                throw JpegException.corrupt("DC magnitude category " + size);
            }
            c.dcPrediction += size == 0 ? 0 : in.receiveExtend(size);
            c.coefficients[block * c.zoneSize] = (short) (c.dcPrediction << scan.al());
        } else if (in.bit() != 0) {
            c.coefficients[block * c.zoneSize] |= (short) (1 << scan.al());
        }
    }

    /**
     * One block's band of a first AC scan. Most coefficients take one lookup in
     * {@link HuffmanTable#fastAc} (code and value bits at once), written out here since C1 does not
     * inline {@link HuffmanTable#decode}; the rest go through decode and receiveExtend.
     */
    private void acFirst(Component c, int block) throws JpegException {
        if (eobRun > 0) {
            eobRun--;
            return;
        }
        BitReader in = this.in;
        HuffmanTable table = c.acTable;
        int[] fastAc = table.fastAc;
        int[] zone = c.zone;
        int se = scan.se();
        int al = scan.al();
        int base = block * c.zoneSize;
        long nonZero = c.nonZero[block];
        for (int k = scan.ss(); k <= se; k++) {
            if (in.bits < 32) {
                in.fill();
            }
            int look = (int) (in.buffer >>> (in.bits - HuffmanTable.LOOKAHEAD)) & HuffmanTable.MASK;
            int entry = fastAc[look];
            int value;
            if (entry != 0) {
                k += entry >> 8 & 15;
                if (k > se) {
                    in.bits -= table.fast[look] >>> 8; // the code read, as decode would have, not its value bits
                    throw pastBand();
                }
                in.bits -= entry & 31;
                value = entry >> 16;
            } else {
                int rs = table.decode(in);
                int r = rs >> 4;
                int size = rs & 15;
                if (size == 0) {
                    if (r < 15) {
                        eobRun = endOfBands(r) - 1;
                        break;
                    }
                    k += 15;
                    continue;
                }
                k += r;
                if (k > se) {
                    throw pastBand();
                }
                value = in.receiveExtend(size);
            }
            nonZero |= 1L << k;
            if (zone[k] >= 0) {
                c.coefficients[base + zone[k]] = (short) (value << al);
            }
        }
        c.nonZero[block] = nonZero;
    }

    private static JpegException pastBand() {
        return JpegException.corrupt("AC coefficient past the band");
    }

    /** EOBr: 2^r blocks, plus r more bits of count (G.1.2.2, Table G.1). */
    int endOfBands(int r) {
        return r == 0 ? 1 : (1 << r) + in.receive(r);
    }
}
