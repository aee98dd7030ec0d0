package dev.thumbnailer.image.png;

import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.color.ProfileDataException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The RGB colour profile a PNG declares in its iCCP chunk (PNG spec, 3rd ed., §11.3.2.3). The JDK
 * PNG reader parses iCCP but never applies it, so a Display P3 or Adobe RGB PNG would come out with
 * wrong colours; and it inflates the chunk without a bound (a zlib bomb), which is why PNGs are read
 * with {@code ignoreMetadata} and the chunk is parsed here, from bytes, with a cap. Anything odd
 * means no profile, i.e. sRGB, as browsers do with a broken profile.
 */
public final class PngColourProfile {

    /** Real RGB profiles are a few KB (matrix/TRC) to a few hundred KB (LUT); more is abuse. */
    public static final int MAX_PROFILE_BYTES = 4 << 20;
    private static final int SIGNATURE = 8;

    private PngColourProfile() {
    }

    public static Optional<ICC_Profile> read(byte[] png) {
        int pos = SIGNATURE;
        while (pos + 12 <= png.length) {
            long length = u32(png, pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > png.length - pos - 12L || type.equals("IDAT") || type.equals("PLTE") || type.equals("sRGB")) {
                return Optional.empty(); // iCCP must come before PLTE and IDAT; an sRGB chunk overrides it
            }
            if (type.equals("iCCP")) {
                return parse(png, pos + 8, (int) length);
            }
            pos += 12 + (int) length;
        }
        return Optional.empty();
    }

    /** iCCP data: a 1-79 byte name, NUL, compression method 0 (zlib), the compressed profile. */
    private static Optional<ICC_Profile> parse(byte[] png, int start, int length) {
        int nul = start;
        while (nul < start + length && png[nul] != 0) {
            nul++;
        }
        if (nul + 2 > start + length || png[nul + 1] != 0) {
            return Optional.empty();
        }
        return inflate(png, nul + 2, start + length - nul - 2).flatMap(PngColourProfile::rgbProfile);
    }

    private static Optional<byte[]> inflate(byte[] data, int offset, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return Optional.empty(); // truncated stream
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_PROFILE_BYTES) {
                    return Optional.empty();
                }
            }
            return Optional.of(out.toByteArray());
        } catch (DataFormatException e) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }

    private static Optional<ICC_Profile> rgbProfile(byte[] data) {
        try {
            ICC_Profile profile = ICC_Profile.getInstance(data);
            return profile.getColorSpaceType() == ColorSpace.TYPE_RGB ? Optional.of(profile) : Optional.empty();
        } catch (IllegalArgumentException | CMMException | ProfileDataException e) {
            return Optional.empty(); // not a parsable ICC profile
        }
    }

    private static long u32(byte[] d, int i) {
        return (d[i] & 0xFFL) << 24 | (d[i + 1] & 0xFF) << 16 | (d[i + 2] & 0xFF) << 8 | (d[i + 3] & 0xFF);
    }
}
