package dev.thumbnailer.image.gif;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * GIF's variable-width LZW (GIF89a §22 and Appendix F), writing the image data sub-blocks. Ours
 * rather than the JDK writer's: that one looks strings up through a chained table and builds an
 * IIOMetadata tree per frame, and was a quarter of an animated thumbnail's time. The code-width
 * and table-full rules follow giflib's egif_lib.c: widen once the next free code needs another
 * bit, and clear rather than assign code 4095 (no "deferred clear" for a decoder to trip on).
 */
final class GifLzwEncoder {

    private static final int MAX_CODE = 4095;
    /**
     * Open-addressing table of strings, 4094 at most, so under half full. Each entry packs the
     * string's key (prefix code << 8 | next index: 20 bits) above its code (12 bits), so a probe is
     * one array read; -1 is no valid entry, since prefix codes stay below 4095.
     */
    private static final int TABLE_BITS = 13;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    private static final int EMPTY = -1;

    private final int[] table = new int[TABLE_SIZE];

    /** Writes the minimum code size byte, the data sub-blocks and their terminator for {@code indices[0..count)}. */
    void write(byte[] indices, int count, int minCodeSize, ByteArrayOutputStream out) {
        out.write(minCodeSize);
        SubBlocks blocks = new SubBlocks(out);
        int clear = 1 << minCodeSize;
        int next = clear + 2;
        int bits = minCodeSize + 1;
        blocks.code(clear, bits);
        int[] table = this.table;
        Arrays.fill(table, EMPTY);
        int prefix = indices[0] & 0xFF;
        for (int i = 1; i < count; i++) {
            int pixel = indices[i] & 0xFF;
            int key = prefix << 8 | pixel;
            // The probe is written out here, not called: Lambda's C1 tier would not inline it, and it runs per pixel.
            int slot = (key * 0x9E3779B1) >>> (32 - TABLE_BITS);
            int entry = table[slot];
            while (entry != EMPTY && entry >>> 12 != key) {
                slot = (slot + 1) & (TABLE_SIZE - 1);
                entry = table[slot];
            }
            if (entry != EMPTY) {
                prefix = entry & 0xFFF;
                continue;
            }
            blocks.code(prefix, bits);
            if (next >= 1 << bits) {
                bits++;
            }
            prefix = pixel;
            if (next >= MAX_CODE) {
                blocks.code(clear, bits);
                next = clear + 2;
                bits = minCodeSize + 1;
                Arrays.fill(table, EMPTY);
            } else {
                table[slot] = key << 12 | next++;
            }
        }
        blocks.code(prefix, bits);
        if (next >= 1 << bits) { // the decoder adds an entry for this last code too, and widens the same way
            bits++;
        }
        blocks.code(clear + 1, bits); // end of information
        blocks.finish();
    }

    /** Packs codes least significant bit first into sub-blocks of at most 255 bytes. */
    private static final class SubBlocks {
        private final ByteArrayOutputStream out;
        private final byte[] block = new byte[256];
        private int length;
        private long bitBuffer;
        private int bitCount;

        SubBlocks(ByteArrayOutputStream out) {
            this.out = out;
        }

        void code(int code, int bits) {
            bitBuffer |= (long) code << bitCount;
            bitCount += bits;
            while (bitCount >= 8) {
                byteOut((int) bitBuffer);
                bitBuffer >>>= 8;
                bitCount -= 8;
            }
        }

        void finish() {
            if (bitCount > 0) {
                byteOut((int) bitBuffer);
            }
            flush();
            out.write(0); // block terminator
        }

        private void byteOut(int b) {
            block[1 + length++] = (byte) b;
            if (length == 255) {
                flush();
            }
        }

        private void flush() {
            if (length > 0) {
                block[0] = (byte) length;
                out.write(block, 0, length + 1);
                length = 0;
            }
        }
    }
}
