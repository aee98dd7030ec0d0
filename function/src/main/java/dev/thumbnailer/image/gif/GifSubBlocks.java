package dev.thumbnailer.image.gif;

import java.io.EOFException;

/** GIF data sub-blocks (GIF89a §15): a length byte and up to 255 bytes each, a zero length ending them. */
final class GifSubBlocks {

    private GifSubBlocks() {
    }

    /** The data of the sub-blocks starting at {@code offset}, joined; a file ending before their terminator is truncated. */
    static byte[] join(byte[] bytes, int offset) throws EOFException {
        int total = 0;
        int p = offset;
        for (int n = length(bytes, p); n > 0; n = length(bytes, p)) {
            total += n;
            p += 1 + n;
        }
        byte[] data = new byte[total];
        int filled = 0;
        for (p = offset; bytes[p] != 0; p += 1 + (bytes[p] & 0xFF)) {
            System.arraycopy(bytes, p + 1, data, filled, bytes[p] & 0xFF);
            filled += bytes[p] & 0xFF;
        }
        return data;
    }

    private static int length(byte[] bytes, int p) throws EOFException {
        if (p >= bytes.length) {
            throw new EOFException("truncated: the GIF ends inside a frame's data");
        }
        return bytes[p] & 0xFF;
    }
}
