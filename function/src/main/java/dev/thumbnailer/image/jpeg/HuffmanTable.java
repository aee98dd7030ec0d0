package dev.thumbnailer.image.jpeg;

import java.util.Arrays;

/**
 * A DHT table (T.81 B.2.4.2) decoded by lookahead: one look at the next {@link #LOOKAHEAD} bits
 * gives length and symbol for every shorter code, which in photos is nearly all of them; longer
 * codes take the canonical DECODE procedure (T.81 F.2.2.3, Figure F.16).
 */
final class HuffmanTable {

    static final int LOOKAHEAD = 10;

    static final int MASK = (1 << LOOKAHEAD) - 1;

    static final int SKIP_LOOKAHEAD = 12;

    static final int SKIP_MASK = (1 << SKIP_LOOKAHEAD) - 1;

    /** Indexed by the next LOOKAHEAD bits: code length << 8 | symbol, or 0 when the code is longer. */
    final int[] fast = new int[1 << LOOKAHEAD];
    /**
     * For AC tables, indexed the same way: when a non-zero coefficient's code and value bits both fit
     * in the lookahead, value << 16 | run << 8 | bits to consume; else 0. One lookup then does what
     * decode, receive and extend do, for most coefficients of a photo (stb_image's "fast AC").
     */
    final int[] fastAc = new int[1 << LOOKAHEAD];
    /**
     * For AC coefficients outside the zone, whose values are not needed: (run + 1) << 8 | code and
     * value bits to pass over; for EOB, the sign bit | code bits; 0 when the code is longer.
     */
    final int[] skipAc = new int[1 << LOOKAHEAD];
    /**
     * For runs of AC coefficients outside the zone: indexed by the next {@link #SKIP_LOOKAHEAD} bits,
     * every whole symbol (code and value bits) that fits in them, the first one even if it does not:
     * bits to pass over | total (run + 1) << 8, with the sign bit set when the last is EOB; 0 when
     * the first code is longer than {@link #LOOKAHEAD}. High frequencies of a photo are mostly
     * 3-5 bit symbols, so one lookup passes over two or three (libjpeg-turbo decodes them one by
     * one, but compiled by a C compiler; under C1 each loop turn costs more than the lookup).
     * Only built for AC tables.
     */
    int[] multiSkip;
    /** Largest code of each length, -1 when there is none (MAXCODE). */
    private final int[] maxCode = new int[17];
    /** Symbol index minus first code, per length (VALPTR − MINCODE). */
    private final int[] valueOffset = new int[17];
    private final int[] symbols;

    private HuffmanTable(int[] symbols) {
        this.symbols = symbols;
    }

    /**
     * @param counts the 16 BITS counts; {@code symbols} the HUFFVAL list, as long as their sum
     * @param ac     whether it is an AC table (Tc = 1): only those get {@link #multiSkip}
     */
    static HuffmanTable of(int[] counts, int[] symbols, boolean ac) throws JpegException {
        HuffmanTable table = new HuffmanTable(symbols);
        int code = 0;
        int k = 0;
        for (int length = 1; length <= 16; length++) {
            table.valueOffset[length] = k - code;
            for (int i = 0; i < counts[length - 1]; i++, k++, code++) {
                if (code >= 1 << length) {
                    throw JpegException.corrupt("Huffman table with more codes than bits"); // libjpeg: JERR_BAD_HUFF_TABLE
                }
                if (length <= LOOKAHEAD) {
                    int first = code << (LOOKAHEAD - length);
                    Arrays.fill(table.fast, first, first + (1 << (LOOKAHEAD - length)), length << 8 | symbols[k]);
                }
            }
            table.maxCode[length] = counts[length - 1] == 0 ? -1 : code - 1;
            code <<= 1;
        }
        table.buildFastAc();
        if (ac) {
            table.buildMultiSkip();
        }
        return table;
    }

    private void buildFastAc() {
        for (int look = 0; look < fast.length; look++) {
            int length = fast[look] >>> 8;
            int size = fast[look] & 15;
            int run = fast[look] >> 4 & 15;
            if (length > 0) {
                boolean eob = size == 0 && run != 15;
                skipAc[look] = eob ? Integer.MIN_VALUE | length : (run + 1) << 8 | (length + size);
            }
            if (length > 0 && size > 0 && length + size <= LOOKAHEAD) {
                int bits = look >> (LOOKAHEAD - length - size) & ((1 << size) - 1);
                int value = bits < 1 << (size - 1) ? bits - (1 << size) + 1 : bits;
                fastAc[look] = value << 16 | (fast[look] >> 4 & 15) << 8 | (length + size);
            }
        }
    }

    private void buildMultiSkip() {
        multiSkip = new int[1 << SKIP_LOOKAHEAD];
        for (int look = 0; look < multiSkip.length; look++) {
            int first = skipAc[look >> (SKIP_LOOKAHEAD - LOOKAHEAD)];
            if (first == 0) {
                continue;
            }
            int used = first & 31;
            int advance = first < 0 ? 1 : first >> 8;
            boolean eob = first < 0;
            while (!eob && advance < 64) {
                int left = SKIP_LOOKAHEAD - used;
                if (left <= 0) {
                    break;
                }
                int rest = look & ((1 << left) - 1);
                // The left bits, padded with zeros to a lookahead index: a symbol no longer than them is read right.
                int next = skipAc[left >= LOOKAHEAD ? rest >> (left - LOOKAHEAD) : rest << (LOOKAHEAD - left)];
                if (next == 0 || (next & 31) > left) {
                    break; // the next symbol is not wholly in the window
                }
                used += next & 31;
                eob = next < 0;
                advance += eob ? 1 : next >> 8;
            }
            multiSkip[look] = (eob ? Integer.MIN_VALUE : 0) | advance << 8 | used;
        }
    }

    /**
     * The next symbol; leaves at least 16 bits buffered behind it for the value bits that follow.
     * Hot loops repeat the first lookup inline (C1 does not inline this method) and call it only
     * when {@link #fast} has no entry.
     */
    int decode(BitReader in) throws JpegException {
        if (in.bits < 32) {
            in.fill();
        }
        int entry = fast[(int) (in.buffer >>> (in.bits - LOOKAHEAD)) & MASK];
        if (entry != 0) {
            in.bits -= entry >>> 8;
            return entry & 0xFF;
        }
        return decodeLong(in);
    }

    private int decodeLong(BitReader in) throws JpegException {
        int next16 = (int) (in.buffer >>> (in.bits - 16)) & 0xFFFF;
        for (int length = LOOKAHEAD + 1; length <= 16; length++) {
            int code = next16 >>> (16 - length);
            if (code <= maxCode[length]) {
                in.bits -= length;
                return symbols[valueOffset[length] + code];
            }
        }
        throw JpegException.corrupt("bad Huffman code");
    }
}
