package dev.thumbnailer.image.png;

import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/** Byte-level damage to a PNG: find a chunk, flip bits, recompute CRCs so a reader judges the content. */
final class PngEdits {

    private PngEdits() {
    }

    /** Offset of the n-th chunk (0-based) of this type, or -1. */
    static int chunk(byte[] png, String type, int n) {
        int pos = 8;
        while (pos + 8 <= png.length) {
            int length = ByteBuffer.wrap(png).getInt(pos);
            if (new String(png, pos + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1).equals(type) && n-- == 0) {
                return pos;
            }
            pos += 12 + length;
        }
        return -1;
    }

    /** Every chunk's CRC made right again (after editing its data). */
    static byte[] fixCrcs(byte[] png) {
        byte[] out = png.clone();
        int pos = 8;
        while (pos + 8 <= out.length) {
            long length = ByteBuffer.wrap(out).getInt(pos) & 0xFFFFFFFFL;
            if (pos + 12 + length > out.length) {
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(out, pos + 4, (int) length + 4);
            ByteBuffer.wrap(out).putInt(pos + 8 + (int) length, (int) crc.getValue());
            pos += 12 + (int) length;
        }
        return out;
    }

    static byte[] flip(byte[] png, int at) {
        byte[] out = png.clone();
        out[at] ^= 0x10;
        return out;
    }
}
