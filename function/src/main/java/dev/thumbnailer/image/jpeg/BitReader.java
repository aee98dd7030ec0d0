package dev.thumbnailer.image.jpeg;

/**
 * The entropy-coded bits of one scan, most significant first, through a 64-bit buffer that is
 * topped up a byte at a time, so the Huffman decoder can peek at up to 32 bits without checks.
 * Fields are package-visible because {@link HuffmanTable} and the block decoders read them in the
 * hot loop, where a method call per symbol costs measurably under C1.
 */
final class BitReader implements ScanWalker.Source {

    final byte[] data;
    /** Next byte to load. */
    int pos;
    /** Right-aligned: the low {@link #bits} bits are the unread ones. */
    long buffer;
    int bits;
    /**
     * How many of the buffered bits are zeros invented past the end of the scan's data. A decoder
     * that reads into them has run out of data: a truncated or corrupt file (libjpeg warns "premature
     * end of data segment" there and pads with zeros; we reject the file as truncated).
     */
    private int padding;

    BitReader(byte[] data, int pos) {
        this.data = data;
        this.pos = pos;
    }

    /**
     * Loads bytes until at least 57 bits are buffered. 0xFF 0x00 is a stuffed 0xFF (T.81 F.1.2.3);
     * 0xFF followed by anything else is a marker, where this scan's data ends: from there on, and
     * past the end of the file, zeros are fed and counted in {@link #padding}.
     */
    void fill() {
        byte[] d = data;
        int p = pos;
        long buf = buffer;
        int n = bits;
        int limit = padding == 0 ? d.length : 0;
        if (n <= 32 && p + 4 <= limit) { // four bytes at once when none is 0xFF (a zero byte in ~w)
            int w = (d[p] & 0xFF) << 24 | (d[p + 1] & 0xFF) << 16 | (d[p + 2] & 0xFF) << 8 | d[p + 3] & 0xFF;
            if (((~w - 0x01010101) & w & 0x80808080) == 0) {
                buf = buf << 32 | (w & 0xFFFFFFFFL);
                n += 32;
                p += 4;
            }
        }
        while (n <= 56 && p < limit && d[p] != (byte) 0xFF) { // one test per byte
            buf = buf << 8 | (d[p++] & 0xFF);
            n += 8;
        }
        pos = p;
        buffer = buf;
        bits = n;
        if (n <= 56) {
            fillSlowly();
        }
    }

    private void fillSlowly() {
        while (bits <= 56) {
            int b = 0;
            if (padding == 0 && pos < data.length) {
                b = data[pos] & 0xFF;
                if (b != 0xFF) {
                    pos++;
                } else if (pos + 1 < data.length && data[pos + 1] == 0) {
                    pos += 2;
                } else {
                    b = 0;
                    padding = 8;
                }
            } else {
                padding += 8;
            }
            buffer = buffer << 8 | b;
            bits += 8;
        }
    }

    /** Where loading stops short of 0xFF checks: the end of the file, or 0 once zeros are fed. */
    int limit() {
        return padding == 0 ? data.length : 0;
    }

    /** The next {@code n} bits (n ≤ 16) as an unsigned number. */
    int receive(int n) {
        if (bits < n) {
            fill();
        }
        bits -= n;
        return (int) (buffer >>> bits) & ((1 << n) - 1);
    }

    int bit() {
        if (bits < 1) {
            fill();
        }
        bits--;
        return (int) (buffer >>> bits) & 1;
    }

    /** An {@code n}-bit magnitude category value as a signed coefficient (T.81 F.2.2.1, EXTEND). */
    int receiveExtend(int n) {
        int value = receive(n);
        return value < 1 << (n - 1) ? value - (1 << n) + 1 : value;
    }

    @Override
    public boolean overran() {
        return bits < padding;
    }

    /**
     * Whether the next {@code n} (at most 57) bits reach past the scan's data, into the invented
     * zeros. Tops the buffer up first, so that the answer depends on the data alone, not on how far
     * the decoder happened to have loaded it (that differs with the scale).
     */
    @Override
    public boolean lacks(int n) {
        fill();
        return padding > 0 && bits - padding < n;
    }

    /** At a restart interval's end (T.81 E.2.4): drop the byte-alignment bits; RSTn must follow. */
    @Override
    public void restart(int n) throws JpegException {
        atMarker();
        if ((data[pos + 1] & 0xFF) != 0xD0 + n) {
            throw JpegException.corrupt("expected RST" + n);
        }
        pos += 2;
        buffer = 0;
        bits = 0;
        padding = 0;
    }

    /** After the scan's last MCU: the position of the marker that must follow, bits or bytes unused are corruption. */
    @Override
    public int end() throws JpegException {
        atMarker();
        return pos;
    }

    private void atMarker() throws JpegException {
        if (overran() || bits - padding >= 8) {
            throw overran() ? JpegException.truncated("data ends inside the scan") : JpegException.corrupt("extraneous bytes in the scan");
        }
        while (pos + 2 < data.length && (data[pos] & 0xFF) == 0xFF && (data[pos + 1] & 0xFF) == 0xFF) {
            pos++; // fill bytes before a marker (T.81 B.1.1.2)
        }
        if (pos + 1 >= data.length) {
            throw JpegException.truncated("the file ends where a marker must follow the scan");
        }
        if ((data[pos] & 0xFF) != 0xFF || data[pos + 1] == 0) {
            throw JpegException.corrupt("no marker after the entropy-coded data");
        }
    }
}
