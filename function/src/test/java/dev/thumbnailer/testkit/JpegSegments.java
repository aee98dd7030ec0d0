package dev.thumbnailer.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and edits the marker segments of a JPEG's header (ITU T.81 §B.1.1), for fixtures a writer
 * will not produce (Adobe APP14, CMYK component ids, lying SOF sizes, giant APP segments) and for
 * checking what a derivative carries.
 */
public final class JpegSegments {

    /** One segment: marker (0xE1 for APP1...), offset of its 0xFF, total length including marker and length bytes. */
    public record Segment(int marker, int offset, int length, byte[] payload) {

        public String identifier() {
            int end = 0;
            while (end < payload.length && end < 32 && payload[end] != 0) {
                end++;
            }
            return new String(payload, 0, end, StandardCharsets.ISO_8859_1);
        }
    }

    private JpegSegments() {
    }

    /** The segments from SOI up to and including SOS (the entropy-coded data after it is not walked). */
    public static List<Segment> read(byte[] jpeg) {
        List<Segment> segments = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            int length = (jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF);
            byte[] payload = Arrays.copyOfRange(jpeg, pos + 4, Math.min(jpeg.length, pos + 2 + length));
            segments.add(new Segment(marker, pos, 2 + length, payload));
            if (marker == 0xDA) {
                break;
            }
            pos += 2 + length;
        }
        return segments;
    }

    /** {@code jpeg} with a segment inserted right after SOI. */
    public static byte[] insertAfterSoi(byte[] jpeg, int marker, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment(marker, payload));
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    public static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("segment too long: " + length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length});
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** An ICC profile as APP2 "ICC_PROFILE" chunks (ICC.1 Annex B.4), split to fit 64 KB segments. */
    public static byte[] withIccProfile(byte[] jpeg, byte[] profile) {
        int chunk = 65_000;
        return withIccChunks(jpeg, profile, chunk, (profile.length + chunk - 1) / chunk);
    }

    /** The same split into {@code chunks} chunks of equal size however small the profile, so that readers must join them. */
    public static byte[] withIccProfileInChunks(byte[] jpeg, byte[] profile, int chunks) {
        return withIccChunks(jpeg, profile, (profile.length + chunks - 1) / chunks, chunks);
    }

    private static byte[] withIccChunks(byte[] jpeg, byte[] profile, int chunk, int count) {
        byte[] out = jpeg;
        for (int i = count - 1; i >= 0; i--) {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            payload.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
            payload.write(i + 1);
            payload.write(count);
            payload.write(profile, i * chunk, Math.min(chunk, profile.length - i * chunk));
            out = insertAfterSoi(out, 0xE2, payload.toByteArray());
        }
        return out;
    }

    /** An Adobe APP14 segment; transform 0 = CMYK (or RGB), 1 = YCbCr, 2 = YCCK (Adobe TN 5116). */
    public static byte[] withAdobe(byte[] jpeg, int transform) {
        byte[] payload = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
        return insertAfterSoi(jpeg, 0xEE, payload);
    }

    /** Rewrites the component ids in SOF and SOS, e.g. to 'C','M','Y','K', which readers use to guess the colour space. */
    public static byte[] withComponentIds(byte[] jpeg, byte[] ids) {
        byte[] out = jpeg.clone();
        for (Segment s : read(jpeg)) {
            if (isSof(s.marker())) {
                for (int c = 0; c < ids.length; c++) {
                    out[s.offset() + 4 + 6 + 3 * c] = ids[c];
                }
            } else if (s.marker() == 0xDA) {
                for (int c = 0; c < ids.length; c++) {
                    out[s.offset() + 4 + 1 + 2 * c] = ids[c];
                }
            }
        }
        return out;
    }

    /** The same JPEG with the frame header claiming another size: what a decompression bomb looks like. */
    public static byte[] withDeclaredSize(byte[] jpeg, int width, int height) {
        byte[] out = jpeg.clone();
        for (Segment s : read(jpeg)) {
            if (isSof(s.marker())) {
                int p = s.offset() + 4 + 1; // after length and precision
                out[p] = (byte) (height >> 8);
                out[p + 1] = (byte) height;
                out[p + 2] = (byte) (width >> 8);
                out[p + 3] = (byte) width;
            }
        }
        return out;
    }

    public static boolean isSof(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }
}
