package dev.thumbnailer.image.jpeg;

/**
 * Reads the EXIF orientation of a JPEG straight from its APP1 segment, without ImageIO metadata
 * trees (slow, and reader-specific). Every offset is bounds-checked: this parses hostile input.
 */
public final class ExifOrientationReader {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int TYPE_SHORT = 3;

    private ExifOrientationReader() {
    }

    /** The EXIF orientation value (TIFF tag 0x0112), 1 (upright) when there is none or the segment is unreadable. */
    public static int read(byte[] jpeg) {
        int pos = 2; // after SOI
        while (pos + 4 <= jpeg.length && u8(jpeg, pos) == 0xFF) {
            int marker = u8(jpeg, pos + 1);
            if (marker == 0xFF) { // fill byte
                pos++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) { // start of scan / end of image: no more headers
                break;
            }
            int length = u16(jpeg, pos + 2, false);
            if (marker == 0xE1 && isExif(jpeg, pos + 4, length)) {
                return fromTiff(jpeg, pos + 10, pos + 2 + length);
            }
            pos += 2 + length;
        }
        return 1;
    }

    private static boolean isExif(byte[] d, int start, int length) {
        return length >= 8 && start + 6 <= d.length
                && d[start] == 'E' && d[start + 1] == 'x' && d[start + 2] == 'i' && d[start + 3] == 'f'
                && d[start + 4] == 0 && d[start + 5] == 0;
    }

    /** Looks for tag 0x0112 in IFD0 of the TIFF structure in [tiff, end). */
    private static int fromTiff(byte[] d, int tiff, int end) {
        end = Math.min(end, d.length);
        if (tiff + 8 > end) {
            return 1;
        }
        boolean little = d[tiff] == 'I' && d[tiff + 1] == 'I';
        if (!little && !(d[tiff] == 'M' && d[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = tiff + u32(d, tiff + 4, little);
        if (ifd + 2 > end || ifd < tiff) {
            return 1;
        }
        int count = u16(d, (int) ifd, little);
        for (int i = 0; i < count; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (u16(d, entry, little) == ORIENTATION_TAG && u16(d, entry + 2, little) == TYPE_SHORT) {
                return u16(d, entry + 8, little);
            }
        }
        return 1;
    }

    private static int u8(byte[] d, int i) {
        return d[i] & 0xFF;
    }

    private static int u16(byte[] d, int i, boolean little) {
        return little ? u8(d, i) | u8(d, i + 1) << 8 : u8(d, i) << 8 | u8(d, i + 1);
    }

    private static long u32(byte[] d, int i, boolean little) {
        return little ? (u16(d, i, true) | (long) u16(d, i + 2, true) << 16) : ((long) u16(d, i, false) << 16 | u16(d, i + 2, false));
    }
}
