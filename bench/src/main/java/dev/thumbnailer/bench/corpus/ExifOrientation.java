package dev.thumbnailer.bench.corpus;

import java.io.ByteArrayOutputStream;

/**
 * Inserts a minimal EXIF APP1 segment (IFD0 with only tag 0x0112 Orientation) right after SOI, the
 * place cameras put it. Hand-built because ImageIO's JPEG writer has no simple EXIF support.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    static byte[] insert(byte[] jpeg, int orientation) {
        if ((jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            throw new IllegalArgumentException("not a JPEG (no SOI)");
        }
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8,                 // big-endian TIFF header, IFD0 at offset 8
                0, 1,                                        // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, count 1, value
                0, 0, 0, 0};                                 // no next IFD
        int length = 2 + 6 + tiff.length;                    // the length field counts itself
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + length + 2);
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
