package dev.thumbnailer.image.png;

/**
 * The Orientation tag (0x0112) of IFD0 in an eXIf chunk, which holds a bare TIFF structure ("II*\0"
 * or "MM\0*", PNG 3rd edition §11.3.6.1). Some writers prefix the JPEG APP1 "Exif\0\0" marker;
 * it is skipped, as browsers tolerate it. Every offset is checked against the chunk.
 */
final class ExifOrientation {

    private static final int ORIENTATION = 0x0112;
    private static final int SHORT = 3;

    private ExifOrientation() {
    }

    /** @return 1-8, or 0 when the chunk has no usable orientation */
    static int read(byte[] png, int start, int length) {
        if (length >= 6 && png[start] == 'E' && png[start + 1] == 'x' && png[start + 2] == 'i' && png[start + 3] == 'f'
                && png[start + 4] == 0 && png[start + 5] == 0) {
            start += 6;
            length -= 6;
        }
        if (length < 8) {
            return 0;
        }
        boolean little = png[start] == 'I' && png[start + 1] == 'I';
        boolean big = png[start] == 'M' && png[start + 1] == 'M';
        if (!(little || big) || u16(png, start + 2, little) != 42) {
            return 0;
        }
        long ifd = u32(png, start + 4, little);
        if (ifd < 8 || ifd + 2 > length) {
            return 0;
        }
        return orientation(png, start, length, (int) ifd, little);
    }

    private static int orientation(byte[] png, int tiff, int length, int ifd, boolean little) {
        int entries = u16(png, tiff + ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > length) {
                return 0;
            }
            if (u16(png, tiff + entry, little) == ORIENTATION) {
                int value = u16(png, tiff + entry + 8, little);
                boolean wellFormed = u16(png, tiff + entry + 2, little) == SHORT && u32(png, tiff + entry + 4, little) == 1;
                return wellFormed && value >= 1 && value <= 8 ? value : 0;
            }
        }
        return 0;
    }

    private static int u16(byte[] d, int i, boolean little) {
        return little ? (d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 : Bytes.u16(d, i);
    }

    private static long u32(byte[] d, int i, boolean little) {
        return little ? (u16(d, i, true) | (long) u16(d, i + 2, true) << 16) : Bytes.u32(d, i);
    }
}
