package dev.thumbnailer.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Removes an embedded ICC profile whose header claims more bytes than its APP2 chunks carry.
 * TwelveMonkeys 3.14.0 checks that claim for a one-chunk profile but not for a multi-chunk one,
 * and its ColorProfiles.readProfile allocates the claimed size before reading: two APP2 chunks
 * in a 300-byte file ask for 2 GB (found by HostileInputTest; "Requested array size exceeds VM
 * limit"). Such a profile is broken anyway, and browsers show the image without it, so we do too.
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

    /** APP2 ICC_PROFILE segments before the first scan; lengths are bounds-checked against the file. */
    private static List<int[]> iccSegments(byte[] jpeg) {
        List<int[]> found = new ArrayList<>();
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = 2 + ((jpeg[pos + 2] & 0xFF) << 8 | (jpeg[pos + 3] & 0xFF));
            if (pos + length > jpeg.length) {
                break;
            }
            if (marker == 0xE2 && length >= 4 + CHUNK_HEADER && Arrays.equals(jpeg, pos + 4, pos + 4 + ICC_ID.length, ICC_ID, 0, ICC_ID.length)) {
                found.add(new int[] {pos, length});
            }
            pos += length;
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
