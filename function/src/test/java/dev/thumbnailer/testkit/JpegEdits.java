package dev.thumbnailer.testkit;

import java.io.ByteArrayOutputStream;

/**
 * Byte-level edits of a JPEG's header segments (T.81 B.1.1.4), for variants no writer produces:
 * another SOF type or precision, other sampling factors or component ids, an Adobe segment.
 */
public final class JpegEdits {

    private JpegEdits() {
    }

    /** Offset of the first segment with {@code marker} (its 0xFF), walking from SOI to SOS. */
    public static int find(byte[] jpeg, int marker) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int m = jpeg[pos + 1] & 0xFF;
            if (m == marker) {
                return pos;
            }
            if (m == 0xDA) {
                break;
            }
            pos += 2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF));
        }
        throw new IllegalArgumentException(String.format("no marker 0x%02X", marker));
    }

    /** Where the first scan's entropy-coded data begins: just past its SOS header. */
    public static int firstScanDataOffset(byte[] jpeg) {
        int sos = find(jpeg, 0xDA);
        return sos + 2 + ((jpeg[sos + 2] & 0xFF) << 8 | (jpeg[sos + 3] & 0xFF));
    }

    /** Offset of the last SOS marker: 0xFF 0xDA cannot occur inside entropy-coded data (0xFF is stuffed). */
    public static int lastScanOffset(byte[] jpeg) {
        for (int pos = jpeg.length - 2; pos > 0; pos--) {
            if ((jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) == 0xDA) {
                return pos;
            }
        }
        throw new IllegalArgumentException("no SOS");
    }

    public static byte[] withSofMarker(byte[] jpeg, int marker) {
        byte[] out = jpeg.clone();
        out[find(jpeg, sofMarker(jpeg)) + 1] = (byte) marker;
        return out;
    }

    public static byte[] withPrecision(byte[] jpeg, int bits) {
        byte[] out = jpeg.clone();
        out[find(jpeg, sofMarker(jpeg)) + 4] = (byte) bits;
        return out;
    }

    public static byte[] withHeight(byte[] jpeg, int height) {
        byte[] out = jpeg.clone();
        int p = find(jpeg, sofMarker(jpeg)) + 5;
        out[p] = (byte) (height >> 8);
        out[p + 1] = (byte) height;
        return out;
    }

    /** Sampling factors byte (H << 4 | V) of component {@code index}. */
    public static byte[] withSampling(byte[] jpeg, int index, int h, int v) {
        byte[] out = jpeg.clone();
        out[find(jpeg, sofMarker(jpeg)) + 4 + 6 + 3 * index + 1] = (byte) (h << 4 | v);
        return out;
    }

    public static byte[] withComponentIds(byte[] jpeg, int... ids) {
        byte[] out = jpeg.clone();
        int sof = find(jpeg, sofMarker(jpeg));
        int sos = find(jpeg, 0xDA);
        for (int c = 0; c < ids.length; c++) {
            out[sof + 4 + 6 + 3 * c] = (byte) ids[c];
        }
        int count = jpeg[sos + 4] & 0xFF;
        for (int c = 0; c < count; c++) {
            int old = jpeg[sos + 5 + 2 * c] & 0xFF;
            out[sos + 5 + 2 * c] = (byte) ids[old - 1]; // the JDK writer numbers components 1..n
        }
        return out;
    }

    public static byte[] withoutSegment(byte[] jpeg, int marker) {
        int at = find(jpeg, marker);
        int length = 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        out.write(jpeg, at + length, jpeg.length - at - length);
        return out.toByteArray();
    }

    public static byte[] insertAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) ((payload.length + 2) >> 8), (byte) (payload.length + 2)});
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** Adobe APP14 (Adobe TN 5116): transform 0 = RGB or CMYK, 1 = YCbCr, 2 = YCCK. */
    public static byte[] withAdobe(byte[] jpeg, int transform) {
        return insertAfterSoi(jpeg, 0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform});
    }

    private static int sofMarker(byte[] jpeg) {
        for (int marker : new int[] {0xC0, 0xC1, 0xC2}) {
            try {
                find(jpeg, marker);
                return marker;
            } catch (IllegalArgumentException e) {
                // try the next
            }
        }
        throw new IllegalArgumentException("no SOF0-2");
    }
}
