package dev.thumbnailer.image.jpeg;

/**
 * Parses the table and header segments (T.81 B.2, B.2.4). Each method gets the segment's payload
 * as [start, end) of the file, already checked to lie inside it, and checks every count it reads
 * against that end.
 */
final class Segments {

    private Segments() {
    }

    /** DQT (B.2.4.1): 8- or 16-bit tables 0-3, stored in natural order. */
    static void quantTables(byte[] d, int start, int end, int[][] tables) throws JpegException {
        int p = start;
        while (p < end) {
            int precision = (d[p] & 0xFF) >> 4;
            int id = d[p] & 0x0F;
            int size = precision == 0 ? 64 : 128;
            if (precision > 1 || id > 3 || p + 1 + size > end) {
                throw JpegException.corrupt("bad DQT");
            }
            int[] table = new int[64];
            for (int k = 0; k < 64; k++) {
                table[Zigzag.NATURAL[k]] = precision == 0 ? d[p + 1 + k] & 0xFF : (d[p + 1 + 2 * k] & 0xFF) << 8 | (d[p + 2 + 2 * k] & 0xFF);
            }
            tables[id] = table;
            p += 1 + size;
        }
    }

    /** DHT (B.2.4.2): DC and AC tables 0-3. */
    static void huffmanTables(byte[] d, int start, int end, HuffmanTable[] dc, HuffmanTable[] ac) throws JpegException {
        int p = start;
        while (p < end) {
            int tableClass = (d[p] & 0xFF) >> 4;
            int id = d[p] & 0x0F;
            if (tableClass > 1 || id > 3 || p + 17 > end) {
                throw JpegException.corrupt("bad DHT");
            }
            int[] counts = new int[16];
            int total = 0;
            for (int i = 0; i < 16; i++) {
                counts[i] = d[p + 1 + i] & 0xFF;
                total += counts[i];
            }
            if (total > 256 || p + 17 + total > end) {
                throw JpegException.corrupt("bad DHT counts");
            }
            int[] symbols = new int[total];
            for (int i = 0; i < total; i++) {
                symbols[i] = d[p + 17 + i] & 0xFF;
            }
            (tableClass == 0 ? dc : ac)[id] = HuffmanTable.of(counts, symbols, tableClass == 1);
            p += 17 + total;
        }
    }

    /** SOF0-2 (B.2.2): 8-bit, 1 or 3 components, sampling factors 1 or 2, at most {@code maxPixels}. */
    static Frame frame(boolean progressive, byte[] d, int start, int end, long maxPixels) throws JpegException {
        if (end - start < 6) {
            throw JpegException.corrupt("short SOF");
        }
        int height = u16(d, start + 1);
        int width = u16(d, start + 3);
        int count = d[start + 5] & 0xFF;
        if ((d[start] & 0xFF) != 8 || height == 0 || (count != 1 && count != 3)) {
            // 12-bit, DNL-defined height (B.2.5), CMYK/YCCK: ImageIO (with TwelveMonkeys) handles them.
            throw JpegException.unsupported("precision " + (d[start] & 0xFF) + ", height " + height + ", " + count + " components");
        }
        if (width == 0 || end - start != 6 + 3 * count || (long) width * height > maxPixels) {
            throw JpegException.corrupt("bad SOF");
        }
        Component[] components = new Component[count];
        for (int i = 0; i < count; i++) {
            components[i] = component(d, start + 6 + 3 * i, i, count);
            for (int j = 0; j < i; j++) {
                if (components[j].id == components[i].id) {
                    throw JpegException.corrupt("duplicate component id");
                }
            }
        }
        return new Frame(progressive, width, height, components);
    }

    private static Component component(byte[] d, int p, int index, int count) throws JpegException {
        int h = (d[p + 1] & 0xFF) >> 4;
        int v = d[p + 1] & 0x0F;
        int table = d[p + 2] & 0xFF;
        if (h < 1 || h > 4 || v < 1 || v > 4 || table > 3) {
            throw JpegException.corrupt("bad component");
        }
        if (count == 1) {
            return new Component(index, d[p] & 0xFF, 1, 1, table);
        }
        if (h > 2 || v > 2) {
            throw JpegException.unsupported("sampling factors " + h + "x" + v);
        }
        return new Component(index, d[p] & 0xFF, h, v, table);
    }

    /** SOS (B.2.3), checked as libjpeg checks it (jdinput.c, jdphuff.c start_pass). */
    static Scan scan(byte[] d, int start, int end, Frame frame, int restartInterval) throws JpegException {
        int count = end > start ? d[start] & 0xFF : 0;
        if (count < 1 || count > frame.components.length || end - start != 4 + 2 * count) {
            throw JpegException.corrupt("bad SOS");
        }
        Component[] components = new Component[count];
        int blocksPerMcu = 0;
        for (int i = 0; i < count; i++) {
            Component c = frame.byId(d[start + 1 + 2 * i] & 0xFF);
            for (int j = 0; j < i; j++) {
                if (components[j] == c) {
                    throw JpegException.corrupt("component twice in a scan");
                }
            }
            components[i] = c;
            blocksPerMcu += c.h * c.v;
        }
        if (count > 1 && blocksPerMcu > 10) {
            throw JpegException.corrupt("more than 10 blocks per MCU"); // T.81 B.2.3; libjpeg refuses too
        }
        int p = start + 1 + 2 * count;
        Scan scan = new Scan(components, d[p] & 0xFF, d[p + 1] & 0xFF, (d[p + 2] & 0xFF) >> 4, d[p + 2] & 0x0F, restartInterval);
        checkProgression(scan, frame.progressive);
        return scan;
    }

    private static void checkProgression(Scan s, boolean progressive) throws JpegException {
        boolean ok = progressive
                ? (s.isDc() ? s.se() == 0 : s.ss() <= s.se() && s.se() <= 63 && s.components().length == 1)
                        && (s.ah() == 0 || s.ah() == s.al() + 1) && s.al() <= 13
                : s.ss() == 0 && s.se() == 63 && s.ah() == 0 && s.al() == 0;
        if (!ok) {
            throw JpegException.corrupt("bad spectral selection or successive approximation");
        }
    }

    /**
     * The selector bytes of the scan's components: DC table in the high nibble, AC in the low (B.2.3).
     * With null tables the scan is arithmetic-coded: the selectors name conditioning tables 0-3.
     */
    static void bindTables(byte[] d, int start, Scan scan, HuffmanTable[] dc, HuffmanTable[] ac) throws JpegException {
        for (int i = 0; i < scan.components().length; i++) {
            int dcId = (d[start + 2 + 2 * i] & 0xFF) >> 4;
            int acId = d[start + 2 + 2 * i] & 0x0F;
            Component c = scan.components()[i];
            c.dcSelector = dcId;
            c.acSelector = acId;
            if (dc == null) {
                if (dcId > 3 || acId > 3) {
                    throw JpegException.corrupt("arithmetic conditioning table selector above 3");
                }
                continue;
            }
            c.dcTable = dcId < 4 ? dc[dcId] : null;
            c.acTable = acId < 4 ? ac[acId] : null;
            boolean needsDc = scan.isDc() && scan.isFirst();
            boolean needsAc = scan.se() > 0;
            if (needsDc && c.dcTable == null || needsAc && c.acTable == null) {
                throw JpegException.corrupt("scan uses an undefined Huffman table");
            }
        }
    }

    static int u16(byte[] d, int p) {
        return (d[p] & 0xFF) << 8 | (d[p + 1] & 0xFF);
    }
}
