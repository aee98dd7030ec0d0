package dev.thumbnailer.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Adds or detects minimal EXIF APP1 segments, so orientation and privacy cases need no binary fixtures. */
public final class ExifJpegs {

    private static final short SHORT = 3;
    private static final short LONG = 4;
    private static final short ASCII = 2;
    private static final short RATIONAL = 5;

    private ExifJpegs() {
    }

    /** {@code jpeg} with an APP1 "Exif" segment (big-endian TIFF, IFD0 with one entry: 0x0112 = orientation) after SOI. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8,       // header, IFD0 at offset 8
                0, 1,                              // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1,      // tag 0x0112, SHORT, count 1
                0, (byte) orientation, 0, 0,       // value, left-justified
                0, 0, 0, 0};                       // no next IFD
        return withExif(jpeg, tiff);
    }

    public static byte[] withExif(byte[] jpeg, byte[] tiff) {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        payload.writeBytes(tiff);
        return JpegSegments.insertAfterSoi(jpeg, 0xE1, payload.toByteArray());
    }

    /**
     * A TIFF structure as cameras write it: IFD0 (orientation, GPS IFD pointer), a GPS IFD
     * (latitude N 51°30'0") and IFD1 describing an embedded JPEG thumbnail, which follows.
     */
    public static byte[] tiffWithGps() {
        return tiffWithGpsAndThumbnail(TestImages.jpeg(32, 24));
    }

    public static byte[] tiffWithGpsAndThumbnail(byte[] thumbnail) {
        int ifd0 = 8;
        int gps = ifd0 + 2 + 2 * 12 + 4;
        int latitude = gps + 2 + 2 * 12 + 4;
        int ifd1 = latitude + 24;
        int data = ifd1 + 2 + 2 * 12 + 4;
        ByteBuffer b = ByteBuffer.allocate(data + thumbnail.length);
        b.put(new byte[] {'M', 'M', 0, 42}).putInt(ifd0);
        b.putShort((short) 2);
        entry(b, 0x0112, SHORT, 1, 1 << 16);
        entry(b, 0x8825, LONG, 1, gps);
        b.putInt(ifd1);
        b.putShort((short) 2);
        entry(b, 0x0001, ASCII, 2, 'N' << 24);
        entry(b, 0x0002, RATIONAL, 3, latitude);
        b.putInt(0);
        b.putInt(51).putInt(1).putInt(30).putInt(1).putInt(0).putInt(1);
        b.putShort((short) 2);
        entry(b, 0x0201, LONG, 1, data);
        entry(b, 0x0202, LONG, 1, thumbnail.length);
        b.putInt(0);
        b.put(thumbnail);
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, short type, int count, int value) {
        b.putShort((short) tag).putShort(type).putInt(count).putInt(value);
    }

    public static boolean hasExif(byte[] jpeg) {
        for (int i = 0; i + 10 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xE1 && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x') {
                return true;
            }
        }
        return false;
    }
}
