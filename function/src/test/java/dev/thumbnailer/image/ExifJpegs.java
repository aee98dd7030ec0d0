package dev.thumbnailer.image;

import java.io.ByteArrayOutputStream;

/** Adds or detects a minimal EXIF APP1 segment, so orientation cases need no binary fixtures. */
final class ExifJpegs {

    private ExifJpegs() {
    }

    /** {@code jpeg} with an APP1 "Exif" segment (big-endian TIFF, IFD0 with one entry: 0x0112 = orientation) after SOI. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8,       // header, IFD0 at offset 8
                0, 1,                              // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1,      // tag 0x0112, SHORT, count 1
                0, (byte) orientation, 0, 0,       // value, left-justified
                0, 0, 0, 0};                       // no next IFD
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        int length = 2 + 6 + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static boolean hasExif(byte[] jpeg) {
        for (int i = 0; i + 10 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xE1 && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x') {
                return true;
            }
        }
        return false;
    }
}
