package dev.thumbnailer.image.jpeg;

/**
 * Baseline and extended sequential blocks (T.81 F.2.2): DC difference, then run/size-coded AC
 * coefficients. Only the zone the scaled IDCT reads is kept; the other coefficients are decoded
 * just far enough to skip their bits. A scan holding every component goes straight to pixels;
 * otherwise the zone is stored until the other components' scans have been read.
 */
final class SequentialBlocks implements ScanWalker.Blocks {

    private final BitReader in;
    private final Component[] components;
    /** Strips one MCU row tall, per component, or null to store coefficients. */
    private final byte[][] strips;
    private final int stride;
    private final int[] work = new int[2 * ScaledIdct.PASS1];

    SequentialBlocks(BitReader in, Component[] components, byte[][] strips, int stride) {
        this.in = in;
        this.components = components;
        this.strips = strips;
        this.stride = stride;
    }

    @Override
    public void reset() {
        for (Component c : components) {
            c.dcPrediction = 0;
        }
    }

    @Override
    public void decode(Component c, int row, int col) throws JpegException {
        int[] zone = work; // all zeros here: the IDCT, or the copy below, clears what a block wrote
        zone[0] = c.dcPrediction += dcDifference(c.dcTable);
        int k = zoneCoefficients(c, zone);
        if (k < 64) {
            skip(c.acTable, k);
        }
        if (strips != null) {
            int offset = (row % c.v) * c.zoneHeight * stride + col * c.zoneWidth;
            ScaledIdct.transform(zone, c.quant, c.zoneWidth, c.zoneHeight, strips[c.index], offset, stride);
        } else {
            int base = (row * c.blocksPerLine + col) * c.zoneSize;
            for (int i = 0; i < c.zoneSize; i++) {
                c.coefficients[base + i] = (short) zone[i];
                zone[i] = 0;
            }
        }
    }

    private int dcDifference(HuffmanTable dc) throws JpegException {
        int size = dc.decode(in);
        if (size > 16) {
            throw JpegException.corrupt("DC magnitude category " + size);
        }
        return size == 0 ? 0 : in.receiveExtend(size);
    }

    /**
     * AC coefficients up to the zone's last zigzag index. The hot loop of the whole decoder, hence
     * the table lookups written out here rather than calls, and the bit count in a local. Returns
     * the next zigzag index, 64 when the block ended (EOB) or is complete.
     */
    private int zoneCoefficients(Component c, int[] zone) throws JpegException {
        BitReader in = this.in;
        HuffmanTable table = c.acTable;
        int[] fastAc = table.fastAc;
        int[] zoneOf = c.zone;
        int last = c.lastZoneIndex;
        long buffer = in.buffer;
        int bits = in.bits;
        int k = 1;
        while (k <= last) {
            if (bits < 32) {
                in.bits = bits;
                in.fill();
                buffer = in.buffer;
                bits = in.bits;
            }
            int entry = fastAc[(int) (buffer >>> (bits - HuffmanTable.LOOKAHEAD)) & HuffmanTable.MASK];
            int value;
            if (entry != 0) {
                bits -= entry & 31;
                k += entry >> 8 & 15;
                value = entry >> 16;
            } else {
                in.bits = bits;
                int rs = table.decode(in);
                if ((rs & 15) == 0) {
                    buffer = in.buffer;
                    bits = in.bits;
                    if (rs != 0xF0) {
                        k = 64; // EOB
                        break;
                    }
                    k += 16; // ZRL: sixteen zeros
                    continue;
                }
                k += rs >> 4;
                value = in.receiveExtend(rs & 15);
                buffer = in.buffer;
                bits = in.bits;
            }
            if (k <= last && zoneOf[k] >= 0) {
                zone[zoneOf[k]] = value;
            }
            k++;
        }
        in.bits = bits;
        return k;
    }

    /**
     * The rest of the block lies outside the zone: symbols only, value bits passed over unread,
     * mostly several symbols a lookup ({@link HuffmanTable#multiSkip}). The bit count is kept in a
     * local (C1 would load and store the field on every turn); the buffer only changes in fill().
     */
    private void skip(HuffmanTable table, int from) throws JpegException {
        BitReader in = this.in;
        int[] multiSkip = table.multiSkip;
        int[] skipAc = table.skipAc;
        long buffer = in.buffer;
        int bits = in.bits;
        int k = from;
        while (k < 64) {
            if (bits < 32) {
                in.bits = bits;
                in.fill();
                buffer = in.buffer;
                bits = in.bits;
            }
            int look = (int) (buffer >>> (bits - HuffmanTable.SKIP_LOOKAHEAD)) & HuffmanTable.SKIP_MASK;
            int entry = multiSkip[look];
            int advance = entry >> 8 & 127;
            if (entry != 0 && k + advance <= 64) { // every symbol of the entry still inside the block
                bits -= entry & 31;
                if (entry < 0) {
                    break; // ended by EOB
                }
                k += advance;
                continue;
            }
            entry = skipAc[look >> (HuffmanTable.SKIP_LOOKAHEAD - HuffmanTable.LOOKAHEAD)];
            bits -= entry & 31; // nothing when the entry is 0; the at most 25 bits are buffered
            if (entry > 0) {
                k += entry >> 8;
            } else if (entry < 0) {
                break; // EOB
            } else {
                in.bits = bits;
                int rs = table.decode(in);
                buffer = in.buffer;
                bits = in.bits;
                if ((rs & 15) == 0 && rs != 0xF0) {
                    break;
                }
                bits -= rs & 15; // decode() left ≥ 16 bits buffered
                k += (rs >> 4) + 1;
            }
        }
        in.bits = bits;
    }
}
