package dev.thumbnailer.image.jpeg;

import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.color.ProfileDataException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the APPn segments before the first scan say about colour: JFIF (APP0), Adobe (APP14, Adobe
 * TN 5116) and an ICC profile in APP2 chunks (ICC.1 Annex B.4). Decides, as TwelveMonkeys'
 * JPEGImageReader.getSourceCSType and libjpeg's jdapimin.c do, whether three components are
 * YCbCr; anything it is unsure of is left to ImageIO.
 */
final class AppSegments {

    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE".getBytes(StandardCharsets.ISO_8859_1);
    /** More chunks than a profile can have: each holds up to 64 KB and the count is one byte. */
    private static final int MAX_CHUNKS = 255;

    private boolean jfif;
    private int adobeTransform = -1;
    private byte[][] iccChunks;
    private boolean iccBroken;

    void accept(int marker, byte[] d, int start, int end) throws JpegException {
        if (marker == 0xE0 && startsWith(d, start, end, JFIF)) {
            jfif = true;
        } else if (marker == 0xEE && startsWith(d, start, end, ADOBE)) {
            if (end - start < 12 || adobeTransform >= 0) {
                throw JpegException.unsupported("short or repeated Adobe segment");
            }
            adobeTransform = d[start + 11] & 0xFF;
        } else if (marker == 0xE2 && startsWith(d, start, end, ICC)) {
            iccChunk(d, start + ICC.length, end);
        }
    }

    /**
     * Three components are YCbCr when Adobe says transform 1, or with no Adobe segment when there is
     * a JFIF segment or the component ids are 1, 2, 3 (a JFIF file without its marker). Adobe's 0
     * means RGB, its 2 YCCK; other ids leave the readers guessing: ImageIO's business.
     */
    void checkColour(Frame frame) throws JpegException {
        if (frame.components.length == 1) {
            return;
        }
        boolean idsSayYcc = frame.components[0].id == 1 && frame.components[1].id == 2 && frame.components[2].id == 3;
        boolean ycc = adobeTransform == 1 || adobeTransform < 0 && (jfif || idsSayYcc);
        if (!ycc) {
            throw JpegException.unsupported("not known to be YCbCr (JFIF " + jfif + ", Adobe transform " + adobeTransform + ")");
        }
    }

    /** The embedded RGB profile of a colour image; empty when there is none; an error when it is unusable. */
    Optional<ICC_Profile> profile(Frame frame) throws JpegException {
        if (iccChunks == null || frame.components.length == 1) {
            return Optional.empty(); // TwelveMonkeys ignores a grey image's profile too
        }
        if (iccBroken) {
            throw JpegException.unsupported("inconsistent ICC chunks");
        }
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        for (byte[] chunk : iccChunks) {
            if (chunk == null) {
                throw JpegException.unsupported("missing ICC chunk");
            }
            profile.writeBytes(chunk);
        }
        try {
            ICC_Profile parsed = ICC_Profile.getInstance(profile.toByteArray());
            if (parsed.getColorSpaceType() != ColorSpace.TYPE_RGB) {
                throw JpegException.unsupported("non-RGB ICC profile on a YCbCr image");
            }
            return Optional.of(parsed);
        } catch (IllegalArgumentException | CMMException | ProfileDataException e) {
            throw JpegException.unsupported("unparsable ICC profile");
        }
    }

    /**
     * After the identifier's NUL, chunk numbers run 1..count, all with the same count, each once;
     * anything else is broken. TwelveMonkeys also takes an identifier without its NUL for a chunk
     * (see JpegIccGuard), so such a file is left to ImageIO and the guard.
     */
    private void iccChunk(byte[] d, int p, int end) {
        if (end - p < 3 || d[p] != 0) {
            iccBroken = true;
            return;
        }
        int sequence = d[p + 1] & 0xFF;
        int count = d[p + 2] & 0xFF;
        if (iccChunks == null) {
            iccChunks = new byte[Math.min(count, MAX_CHUNKS)][];
        }
        if (count != iccChunks.length || sequence < 1 || sequence > count || iccChunks[sequence - 1] != null) {
            iccBroken = true;
            return;
        }
        iccChunks[sequence - 1] = Arrays.copyOfRange(d, p + 3, end);
    }

    private static boolean startsWith(byte[] d, int start, int end, byte[] prefix) {
        return end - start >= prefix.length && Arrays.equals(d, start, start + prefix.length, prefix, 0, prefix.length);
    }
}
