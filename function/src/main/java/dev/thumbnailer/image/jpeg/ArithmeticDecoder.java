package dev.thumbnailer.image.jpeg;

/**
 * The binary arithmetic decoder of T.81 Annex D (the QM-coder): DECODE, RENORM_D, BYTE_IN and the
 * probability estimation state machine of Table D.2, over one scan's entropy-coded bytes. A
 * statistics bin is one byte: the more probable symbol in bit 7, the state index below it.
 *
 * <p>Unlike Huffman data, an arithmetic-coded segment may legally end before the decoder has read
 * every bit it will use (the encoder drops trailing zero bytes, D.1.8): at a marker, zeros are fed
 * (BYTE_IN, Figure D.19), as libjpeg-turbo's jdarith.c does. Only the file ending where a marker
 * must come is a truncation.
 */
final class ArithmeticDecoder implements ScanWalker.Source {

    /** Qe, Next_Index_LPS, Next_Index_MPS, Switch_MPS per state (T.81 Table D.2), packed as qe << 16 | nlps << 8 | nmps << 1 | switch. */
    private static final int[] STATES = new int[114];
    /** State 113 never moves: the fixed estimate of about 0.5 used for AC signs and refinement bits (F.1.4.4.2, G.1.3.3). */
    static final int FIXED = 113;

    static {
        int[] table = {
                0x5a1d, 1, 1, 1, 0x2586, 14, 2, 0, 0x1114, 16, 3, 0, 0x080b, 18, 4, 0, 0x03d8, 20, 5, 0, 0x01da, 23, 6, 0,
                0x00e5, 25, 7, 0, 0x006f, 28, 8, 0, 0x0036, 30, 9, 0, 0x001a, 33, 10, 0, 0x000d, 35, 11, 0, 0x0006, 9, 12, 0,
                0x0003, 10, 13, 0, 0x0001, 12, 13, 0, 0x5a7f, 15, 15, 1, 0x3f25, 36, 16, 0, 0x2cf2, 38, 17, 0, 0x207c, 39, 18, 0,
                0x17b9, 40, 19, 0, 0x1182, 42, 20, 0, 0x0cef, 43, 21, 0, 0x09a1, 45, 22, 0, 0x072f, 46, 23, 0, 0x055c, 48, 24, 0,
                0x0406, 49, 25, 0, 0x0303, 51, 26, 0, 0x0240, 52, 27, 0, 0x01b1, 54, 28, 0, 0x0144, 56, 29, 0, 0x00f5, 57, 30, 0,
                0x00b7, 59, 31, 0, 0x008a, 60, 32, 0, 0x0068, 62, 33, 0, 0x004e, 63, 34, 0, 0x003b, 32, 35, 0, 0x002c, 33, 9, 0,
                0x5ae1, 37, 37, 1, 0x484c, 64, 38, 0, 0x3a0d, 65, 39, 0, 0x2ef1, 67, 40, 0, 0x261f, 68, 41, 0, 0x1f33, 69, 42, 0,
                0x19a8, 70, 43, 0, 0x1518, 72, 44, 0, 0x1177, 73, 45, 0, 0x0e74, 74, 46, 0, 0x0bfb, 75, 47, 0, 0x09f8, 77, 48, 0,
                0x0861, 78, 49, 0, 0x0706, 79, 50, 0, 0x05cd, 48, 51, 0, 0x04de, 50, 52, 0, 0x040f, 50, 53, 0, 0x0363, 51, 54, 0,
                0x02d4, 52, 55, 0, 0x025c, 53, 56, 0, 0x01f8, 54, 57, 0, 0x01a4, 55, 58, 0, 0x0160, 56, 59, 0, 0x0125, 57, 60, 0,
                0x00f6, 58, 61, 0, 0x00cb, 59, 62, 0, 0x00ab, 61, 63, 0, 0x008f, 61, 32, 0, 0x5b12, 65, 65, 1, 0x4d04, 80, 66, 0,
                0x412c, 81, 67, 0, 0x37d8, 82, 68, 0, 0x2fe8, 83, 69, 0, 0x293c, 84, 70, 0, 0x2379, 86, 71, 0, 0x1edf, 87, 72, 0,
                0x1aa9, 87, 73, 0, 0x174e, 72, 74, 0, 0x1424, 72, 75, 0, 0x119c, 74, 76, 0, 0x0f6b, 74, 77, 0, 0x0d51, 75, 78, 0,
                0x0bb6, 77, 79, 0, 0x0a40, 77, 48, 0, 0x5832, 80, 81, 1, 0x4d1c, 88, 82, 0, 0x438e, 89, 83, 0, 0x3bdd, 90, 84, 0,
                0x34ee, 91, 85, 0, 0x2eae, 92, 86, 0, 0x299a, 93, 87, 0, 0x2516, 86, 71, 0, 0x5570, 88, 89, 1, 0x4ca9, 95, 90, 0,
                0x44d9, 96, 91, 0, 0x3e22, 97, 92, 0, 0x3824, 99, 93, 0, 0x32b4, 99, 94, 0, 0x2e17, 93, 86, 0, 0x56a8, 95, 96, 1,
                0x4f46, 101, 97, 0, 0x47e5, 102, 98, 0, 0x41cf, 103, 99, 0, 0x3c3d, 104, 100, 0, 0x375e, 99, 93, 0, 0x5231, 105, 102, 0,
                0x4c0f, 106, 103, 0, 0x4639, 107, 104, 0, 0x415e, 103, 99, 0, 0x5627, 105, 106, 1, 0x50e7, 108, 107, 0, 0x4b85, 109, 103, 0,
                0x5597, 110, 109, 0, 0x504f, 111, 107, 0, 0x5a10, 110, 111, 1, 0x5522, 112, 109, 0, 0x59eb, 112, 111, 1,
                0x5a1d, FIXED, FIXED, 0};
        for (int i = 0; i < STATES.length; i++) {
            STATES[i] = table[4 * i] << 16 | table[4 * i + 1] << 8 | table[4 * i + 2] << 1 | table[4 * i + 3];
        }
    }

    private final byte[] data;
    private int pos;
    private boolean atMarker;
    private boolean pastEnd;
    /** C: Cx in the high 16 bits; A: the interval, 0x10000 standing for the spec's 0 (D.2.3). */
    private int c;
    private int a;
    private int ct;

    ArithmeticDecoder(byte[] data, int pos) {
        this.data = data;
        this.pos = pos;
        initialise();
    }

    /** INITDEC (Figure D.20). */
    private void initialise() {
        a = 0x10000;
        c = byteIn() << 24 | byteIn() << 16;
        ct = 0;
    }

    /** DECODE (Figure D.17) of one decision with the bin {@code stats[bin]}, which it updates. */
    int decode(byte[] stats, int bin) {
        int s = stats[bin] & 0xFF;
        int state = STATES[s & 0x7F];
        int qe = state >>> 16;
        int mps = s >> 7;
        a -= qe;
        int d;
        if (c >>> 16 < a) {
            if (a >= 0x8000) {
                return mps;
            }
            d = a < qe ? 1 - mps : mps; // conditional MPS exchange (Figure D.21)
        } else {
            c -= a << 16;
            d = a < qe ? mps : 1 - mps; // conditional LPS exchange (Figure D.22)
            a = qe;
        }
        stats[bin] = (byte) (d == mps ? s & 0x80 | state >> 1 & 0x7F : (s & 0x80 ^ (state & 1) << 7) | state >> 8 & 0x7F);
        renormalise();
        return d;
    }

    /** RENORM_D (Figure D.18). */
    private void renormalise() {
        do {
            if (ct == 0) {
                c |= byteIn() << 8;
                ct = 8;
            }
            a <<= 1;
            c <<= 1;
            ct--;
        } while (a < 0x8000);
    }

    /** BYTE_IN (Figure D.19): a stuffed 0xFF 0x00 is 0xFF; at a marker, or past the file's end, zeros. */
    private int byteIn() {
        if (atMarker || pastEnd) {
            return 0;
        }
        if (pos >= data.length) {
            pastEnd = true;
            return 0;
        }
        int b = data[pos] & 0xFF;
        if (b != 0xFF) {
            pos++;
            return b;
        }
        int p = pos + 1;
        while (p < data.length && (data[p] & 0xFF) == 0xFF) {
            p++; // fill bytes (B.1.1.2)
        }
        if (p >= data.length) {
            pastEnd = true;
            return 0;
        }
        if (data[p] == 0) {
            pos = p + 1;
            return 0xFF;
        }
        pos = p - 1;
        atMarker = true;
        return 0;
    }

    @Override
    public void restart(int n) throws JpegException {
        end();
        if ((data[pos + 1] & 0xFF) != 0xD0 + n) {
            throw JpegException.corrupt("expected RST" + n);
        }
        pos += 2;
        atMarker = false;
        initialise();
    }

    @Override
    public boolean overran() {
        return pastEnd;
    }

    @Override
    public boolean lacks(int n) {
        return pastEnd;
    }

    /**
     * The marker after the scan. Bytes the decoder did not need before it are passed over: an
     * encoder may flush more than the decoder reads (libjpeg-turbo does the same, jdmarker.c next_marker).
     */
    @Override
    public int end() throws JpegException {
        while (!atMarker && !pastEnd) {
            byteIn();
        }
        if (pastEnd) {
            throw JpegException.truncated("the file ends where a marker must follow the scan");
        }
        return pos;
    }
}
