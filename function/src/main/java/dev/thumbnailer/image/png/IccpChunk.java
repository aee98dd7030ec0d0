package dev.thumbnailer.image.png;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * iCCP (PNG spec §11.3.2.3): a 1-79 byte name, NUL, compression method 0, a zlib stream. Inflated
 * with a cap, so a few KB of zlib bomb cannot become gigabytes; a profile over the cap, cut short
 * or not inflatable is no profile, i.e. sRGB, as browsers treat a broken one.
 */
final class IccpChunk {

    private IccpChunk() {
    }

    static Optional<byte[]> profile(byte[] png, int start, int length) {
        int end = start + length;
        int nul = start;
        while (nul < end && png[nul] != 0) {
            nul++;
        }
        if (nul == start || nul - start > 79 || nul + 2 > end || png[nul + 1] != 0) {
            return Optional.empty();
        }
        return inflate(png, nul + 2, end - nul - 2);
    }

    private static Optional<byte[]> inflate(byte[] data, int offset, int length) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
                if (out.size() > PngColour.MAX_PROFILE_BYTES) {
                    return Optional.empty();
                }
            }
            return out.size() == 0 ? Optional.empty() : Optional.of(out.toByteArray());
        } catch (DataFormatException e) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
    }
}
