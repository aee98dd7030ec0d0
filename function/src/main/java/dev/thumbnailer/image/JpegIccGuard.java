package dev.thumbnailer.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Removes an embedded ICC profile whose header claims more bytes than its APP2 chunks carry.
 * TwelveMonkeys 3.14.0's ColorProfiles.readProfile allocates the claimed size before reading, and
 * its reader does not always check the claim first: two APP2 chunks in a 300-byte file ask for
 * 2 GB (found by HostileInputTest: "Requested array size exceeds VM limit"), one chunk after a few
 * garbage bytes for 788 MB (found by PipelineFuzzTest). Such a profile is broken anyway, and
 * browsers show the image without it, so we do too: what the reader allocates then stays within
 * the file's size.
 */
final class JpegIccGuard {

    private static final byte[] ICC_ID = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    /** Identifier, sequence number, chunk count (ICC.1 Annex B.4). */
    private static final int CHUNK_HEADER = ICC_ID.length + 2;

    private JpegIccGuard() {
    }

    /** {@code jpeg} itself when its profile is absent or consistent, else a copy without the profile's APP2 segments. */
    static byte[] withoutInconsistentProfile(byte[] jpeg) {
        List<int[]> chunks = iccSegments(jpeg); // {offset, total length}
        if (chunks.isEmpty()) {
            return jpeg;
        }
        long carried = 0;
        long claimed = 0;
        for (int[] chunk : chunks) {
            carried += chunk[1] - 4 - CHUNK_HEADER;
            // The profile starts in chunk 1, or in the first chunk when numbering is broken: check both.
            boolean mayStart = chunk == chunks.getFirst() || (jpeg[chunk[0] + 4 + ICC_ID.length] & 0xFF) == 1;
            if (mayStart) {
                claimed = Math.max(claimed, u32(jpeg, chunk[0] + 4 + CHUNK_HEADER, chunk[0] + chunk[1]));
            }
        }
        return claimed <= carried ? jpeg : without(jpeg, chunks);
    }

    /**
     * Every APP2 ICC_PROFILE segment in the file, found by scanning rather than by walking the
     * markers: decoders skip garbage between segments (libjpeg's "extraneous bytes before marker"),
     * and the fuzzer found a profile hidden behind three such bytes (PipelineFuzzTest finding
     * {@code jpeg-icc-after-garbage-claims-788MB.jpg}). 0xFF 0xE2 cannot occur inside valid entropy-
     * coded data (0xFF is stuffed there), so a match elsewhere is a segment or garbage: both count.
     * A segment cut off by the end of the file counts with what it carries.
     */
    private static List<int[]> iccSegments(byte[] jpeg) {
        List<int[]> found = new ArrayList<>();
        for (int pos = 2; pos + 4 + CHUNK_HEADER <= jpeg.length; pos++) {
            if ((jpeg[pos] & 0xFF) == 0xFF && (jpeg[pos + 1] & 0xFF) == 0xE2
                    && Arrays.equals(jpeg, pos + 4, pos + 4 + ICC_ID.length, ICC_ID, 0, ICC_ID.length)) {
                int length = Math.min(2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF)), jpeg.length - pos);
                if (length >= 4 + CHUNK_HEADER) {
                    found.add(new int[] {pos, length});
                    pos += length - 1;
                }
            }
        }
        return found;
    }

    /** The big-endian size field at {@code at}, or 0 when the chunk is too short to hold it. */
    private static long u32(byte[] d, int at, int end) {
        return at + 4 > end ? 0 : (d[at] & 0xFFL) << 24 | (d[at + 1] & 0xFF) << 16 | (d[at + 2] & 0xFF) << 8 | (d[at + 3] & 0xFF);
    }

    private static byte[] without(byte[] jpeg, List<int[]> segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
        int from = 0;
        for (int[] segment : segments) {
            out.write(jpeg, from, segment[0] - from);
            from = segment[0] + segment[1];
        }
        out.write(jpeg, from, jpeg.length - from);
        return out.toByteArray();
    }
}
