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
    /** Whether the last block's zone got a non-zero AC coefficient (else its IDCT is a flat fill). */
    private boolean acInZone;

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
        int k = zoneCoefficients(c, zone);
        if (k < 64) {
            skip(c.acTable, k);
        }
        if (strips != null) {
            int offset = (row & (c.v - 1)) * c.zoneHeight * stride + col * c.zoneWidth; // v is 1 or 2: no idiv
            if (acInZone) {
                ScaledIdct.transform(zone, c.quant, c.zoneWidth, c.zoneHeight, strips[c.index], offset, stride);
            } else {
                ScaledIdct.flat(zone[0], c.quant[0], c.zoneWidth, c.zoneHeight, strips[c.index], offset, stride);
                zone[0] = 0;
            }
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
     * The DC difference, then AC coefficients up to the zone's last zigzag index. The hot loop of
     * the whole decoder, hence the table lookups written out here rather than calls, and buffer,
     * bit count and position in locals, refilled here four bytes at a time as in {@link #skip}.
     * Returns the next zigzag index, 64 when the block ended (EOB) or is complete.
     */
    private int zoneCoefficients(Component c, int[] zone) throws JpegException {
        BitReader in = this.in;
        HuffmanTable table = c.acTable;
        int[] fastAc = table.fastAc;
        int[] zoneOf = c.zone;
        int last = c.lastZoneIndex;
        byte[] d = in.data;
        if (in.bits < 32) {
            in.fill();
        }
        int[] fastDc = c.dcTable.fastAc; // for a DC table: size << 0, the difference in the value field
        int entry = fastDc[(int) (in.buffer >>> (in.bits - HuffmanTable.LOOKAHEAD)) & HuffmanTable.MASK];
        if (entry != 0 && (entry & 0xF00) == 0) { // a symbol 1-15 whose code and bits fit the lookahead
            in.bits -= entry & 31;
            zone[0] = c.dcPrediction += entry >> 16;
        } else {
            zone[0] = c.dcPrediction += dcDifference(c.dcTable);
        }
        int limit = in.limit();
        long buffer = in.buffer;
        int bits = in.bits;
        int p = in.pos;
        int k = 1;
        boolean ac = false;
        while (k <= last) {
            if (bits < 32) {
                int w = p + 4 <= limit ? (d[p] & 0xFF) << 24 | (d[p + 1] & 0xFF) << 16 | (d[p + 2] & 0xFF) << 8 | d[p + 3] & 0xFF : -1;
                if (((~w - 0x01010101) & w & 0x80808080) == 0) { // no byte is 0xFF
                    buffer = buffer << 32 | (w & 0xFFFFFFFFL);
                    bits += 32;
                    p += 4;
                } else {
                    in.pos = p;
                    in.bits = bits;
                    in.buffer = buffer;
                    in.fill();
                    p = in.pos;
                    bits = in.bits;
                    buffer = in.buffer;
                    limit = in.limit();
                }
            }
            entry = fastAc[(int) (buffer >>> (bits - HuffmanTable.LOOKAHEAD)) & HuffmanTable.MASK];
            int value;
            if (entry != 0) {
                bits -= entry & 31;
                k += entry >> 8 & 15;
                value = entry >> 16;
            } else {
                in.pos = p;
                in.bits = bits;
                in.buffer = buffer;
                int rs = table.decode(in);
                if ((rs & 15) == 0) {
                    p = in.pos;
                    bits = in.bits;
                    buffer = in.buffer;
                    limit = in.limit();
                    if (rs != 0xF0) {
                        k = 64; // EOB
                        break;
                    }
                    k += 16; // ZRL: sixteen zeros
                    continue;
                }
                k += rs >> 4;
                value = in.receiveExtend(rs & 15);
                p = in.pos;
                bits = in.bits;
                buffer = in.buffer;
                limit = in.limit();
            }
            if (k <= last && zoneOf[k] >= 0) {
                zone[zoneOf[k]] = value; // never 0: a size-0 symbol is EOB or ZRL
                ac = true;
            }
            k++;
        }
        acInZone = ac;
        in.pos = p;
        in.bits = bits;
        in.buffer = buffer;
        return k;
    }

    /**
     * The rest of the block lies outside the zone: symbols only, value bits passed over unread,
     * mostly several symbols a lookup ({@link HuffmanTable#multiSkip}). Buffer, bit count and
     * position are kept in locals, and four bytes without 0xFF are loaded here rather than in
     * {@link BitReader#fill}: C1 would load and store the fields on every turn and not inline the call.
     */
    private void skip(HuffmanTable table, int from) throws JpegException {
        BitReader in = this.in;
        int[] multiSkip = table.multiSkip;
        int[] skipAc = table.skipAc;
        byte[] d = in.data;
        int limit = in.limit();
        long buffer = in.buffer;
        int bits = in.bits;
        int p = in.pos;
        int k = from;
        while (k < 64) {
            if (bits < 32) {
                int w = p + 4 <= limit ? (d[p] & 0xFF) << 24 | (d[p + 1] & 0xFF) << 16 | (d[p + 2] & 0xFF) << 8 | d[p + 3] & 0xFF : -1;
                if (((~w - 0x01010101) & w & 0x80808080) == 0) { // no byte is 0xFF
                    buffer = buffer << 32 | (w & 0xFFFFFFFFL);
                    bits += 32;
                    p += 4;
                } else {
                    in.pos = p;
                    in.bits = bits;
                    in.buffer = buffer;
                    in.fill();
                    p = in.pos;
                    bits = in.bits;
                    buffer = in.buffer;
                    limit = in.limit();
                }
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
                in.pos = p;
                in.bits = bits;
                in.buffer = buffer;
                int rs = table.decode(in);
                p = in.pos;
                bits = in.bits;
                buffer = in.buffer;
                limit = in.limit();
                if ((rs & 15) == 0 && rs != 0xF0) {
                    break;
                }
                bits -= rs & 15; // decode() left ≥ 16 bits buffered
                k += (rs >> 4) + 1;
            }
        }
        in.pos = p;
        in.bits = bits;
        in.buffer = buffer;
    }
}
