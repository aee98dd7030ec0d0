package dev.thumbnailer.image.jpeg;

import java.util.Arrays;

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
        int[] zone = work;
        Arrays.fill(zone, 0, c.zoneSize, 0);
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
     * the table lookups written out here rather than calls. Returns the next zigzag index, 64 when
     * the block ended (EOB) or is complete.
     */
    private int zoneCoefficients(Component c, int[] zone) throws JpegException {
        BitReader in = this.in;
        HuffmanTable table = c.acTable;
        int[] fastAc = table.fastAc;
        int[] zoneOf = c.zone;
        int last = c.lastZoneIndex;
        int k = 1;
        while (k <= last) {
            if (in.bits < 32) {
                in.fill();
            }
            int entry = fastAc[(int) (in.buffer >>> (in.bits - HuffmanTable.LOOKAHEAD)) & HuffmanTable.MASK];
            int value;
            if (entry != 0) {
                in.bits -= entry & 31;
                k += entry >> 8 & 15;
                value = entry >> 16;
            } else {
                int rs = table.decode(in);
                if ((rs & 15) == 0) {
                    if (rs != 0xF0) {
                        return 64; // EOB
                    }
                    k += 16; // ZRL: sixteen zeros
                    continue;
                }
                k += rs >> 4;
                value = in.receiveExtend(rs & 15);
            }
            if (k <= last && zoneOf[k] >= 0) {
                zone[zoneOf[k]] = value;
            }
            k++;
        }
        return k;
    }

    /** The rest of the block lies outside the zone: symbols only, value bits passed over unread. */
    private void skip(HuffmanTable table, int from) throws JpegException {
        BitReader in = this.in;
        int[] skipAc = table.skipAc;
        int k = from;
        while (k < 64) {
            if (in.bits < 32) {
                in.fill();
            }
            int entry = skipAc[(int) (in.buffer >>> (in.bits - HuffmanTable.LOOKAHEAD)) & HuffmanTable.MASK];
            in.bits -= entry & 31; // nothing when the entry is 0; the at most 25 bits are buffered
            if (entry > 0) {
                k += entry >> 8;
            } else if (entry < 0) {
                return; // EOB
            } else {
                int rs = table.decode(in);
                if ((rs & 15) == 0 && rs != 0xF0) {
                    return;
                }
                in.bits -= rs & 15; // decode() left ≥ 16 bits buffered
                k += (rs >> 4) + 1;
            }
        }
    }
}
