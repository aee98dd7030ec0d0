package dev.thumbnailer.image.jpeg;

import java.io.ByteArrayOutputStream;

/**
 * Rewrites the two header defects libjpeg reads through, so that every reader downstream (the
 * probe, TwelveMonkeys, the scaled decoder) sees the file libjpeg sees:
 * <ul>
 * <li>stray bytes where a marker should be, right after SOI or between segments: libjpeg skips
 * them to the next 0xFF with a warning (jdmarker.c next_marker, JWRN_EXTRANEOUS_DATA);
 * <li>a segment whose length field is 0 or 1: libjpeg skips the length bytes and nothing more
 * (skip_variable, length - 2 &lt; 0), then looks for the next marker as above. TwelveMonkeys
 * instead allocates length - 2 bytes, a NegativeArraySizeException.
 * </ul>
 * Only the header is walked, up to the first SOS; the entropy-coded data is never touched.
 */
public final class JpegHeaderRepair {

    /** How far past SOI a first marker may be and the file still count as a JPEG: a stray block, not a different format. */
    private static final int MAX_STRAY = 4096;
    private static final int SOS = 0xDA;

    private JpegHeaderRepair() {
    }

    /** Whether {@code head} is SOI, stray bytes that are not 0xFF, then a marker a JPEG header starts with. */
    public static boolean isSoiWithStrayBytes(byte[] head) {
        if (head.length < 4 || (head[0] & 0xFF) != 0xFF || (head[1] & 0xFF) != 0xD8 || (head[2] & 0xFF) == 0xFF) {
            return false;
        }
        int p = 2;
        while (p < head.length && p < 2 + MAX_STRAY && (head[p] & 0xFF) != 0xFF) {
            p++;
        }
        return p + 1 < head.length && headerMarker(head[p + 1] & 0xFF);
    }

    /** {@code jpeg} itself when its header has neither defect, else a copy without them. */
    public static byte[] repaired(byte[] jpeg) {
        return needsRepair(jpeg) ? rewrite(jpeg) : jpeg;
    }

    private static boolean needsRepair(byte[] d) {
        int p = 2;
        while (p + 3 < d.length) {
            if ((d[p] & 0xFF) != 0xFF) {
                return true;
            }
            int marker = d[p + 1] & 0xFF;
            if (marker == 0) {
                return true;
            }
            if (marker == 0xFF || marker == SOS || marker == 0xD9) {
                return false; // fill bytes are for the readers; at SOS the header is over
            }
            int length = (d[p + 2] & 0xFF) << 8 | (d[p + 3] & 0xFF);
            if (length < 2) {
                return true;
            }
            p += 2 + length;
        }
        return false;
    }

    private static byte[] rewrite(byte[] d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(d.length);
        out.write(d, 0, 2);
        int p = 2;
        while (p + 3 < d.length) {
            while (p < d.length && (d[p] & 0xFF) != 0xFF) {
                p++; // stray bytes
            }
            while (p + 1 < d.length && (d[p + 1] & 0xFF) == 0xFF) {
                p++; // fill bytes
            }
            if (p + 3 >= d.length || (d[p + 1] & 0xFF) == SOS || (d[p + 1] & 0xFF) == 0xD9) {
                break;
            }
            if (d[p + 1] == 0) {
                p += 2; // 0xFF 0x00 is no marker: stray too
                continue;
            }
            int length = (d[p + 2] & 0xFF) << 8 | (d[p + 3] & 0xFF);
            if (length < 2) {
                p += 4; // the marker and its length go; what follows is found as stray bytes are
                continue;
            }
            int end = Math.min(d.length, p + 2 + length);
            out.write(d, p, end - p);
            p = end;
        }
        out.write(d, p, d.length - p);
        return out.toByteArray();
    }

    /** DHT, SOFn, DAC, DQT, DRI, APPn, COM: what may open a JPEG header after SOI (T.81 B.2.1, B.2.4). */
    private static boolean headerMarker(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC8 || marker == 0xDB || marker == 0xDD || marker >= 0xE0 && marker <= 0xEF || marker == 0xFE;
    }
}
