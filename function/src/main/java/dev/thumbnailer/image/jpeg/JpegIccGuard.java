package dev.thumbnailer.image.jpeg;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Disarms an embedded ICC profile that could make the JPEG reader allocate more than the file
 * holds. TwelveMonkeys 3.14.0 reads a profile's 128-byte header and allocates the size it declares
 * before reading on (ColorProfiles.readProfile, Arrays.copyOf), never comparing it with what the
 * APP2 chunks carry, and it recognises chunks more loosely than ICC.1 Annex B.4 does. Found so far:
 * two chunks claiming 2 GB in a 300-byte file (HostileInputTest), and by PipelineFuzzTest one chunk
 * behind garbage bytes claiming 788 MB and one with a non-NUL-terminated identifier claiming 1.3 GB.
 * Rather than mirror its parsing, every "ICC_PROFILE" in the file is inspected where a reader could
 * take it for a chunk; if any is malformed or starts a profile claiming more bytes than the whole
 * file has, all of them are renamed in place (same length: no segment moves), and the image is
 * decoded without a profile, as browsers do with a broken one.
 */
public final class JpegIccGuard {

    private static final byte[] ICC_ID = "ICC_PROFILE".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DISARMED = "ICC_IGNORED".getBytes(StandardCharsets.ISO_8859_1);
    /** Identifier, NUL, sequence number, chunk count, then the profile's 4-byte size field. */
    private static final int CHUNK_HEADER = ICC_ID.length + 3;

    private JpegIccGuard() {
    }

    /** {@code jpeg} itself when every embedded profile chunk is well-formed and plausible, else a disarmed copy. */
    public static byte[] withoutUntrustworthyProfile(byte[] jpeg) {
        List<Integer> chunks = occurrences(jpeg);
        for (int at : chunks) {
            if (!plausible(jpeg, at)) {
                byte[] disarmed = jpeg.clone();
                chunks.forEach(p -> System.arraycopy(DISARMED, 0, disarmed, p, DISARMED.length));
                return disarmed;
            }
        }
        return jpeg;
    }

    /**
     * A chunk that a profile starts in (number 1, or the only one of a count of 1: the reader takes
     * either) must not claim more bytes than the file has; any chunk must have a NUL-terminated
     * identifier and room for its header.
     */
    private static boolean plausible(byte[] jpeg, int at) {
        if (at + CHUNK_HEADER + 4 > jpeg.length || jpeg[at + ICC_ID.length] != 0) {
            return false;
        }
        int sequence = jpeg[at + ICC_ID.length + 1] & 0xFF;
        int count = jpeg[at + ICC_ID.length + 2] & 0xFF;
        int size = at + CHUNK_HEADER;
        long claimed = (jpeg[size] & 0xFFL) << 24 | (jpeg[size + 1] & 0xFF) << 16 | (jpeg[size + 2] & 0xFF) << 8 | (jpeg[size + 3] & 0xFF);
        return (sequence != 1 && count != 1) || claimed <= jpeg.length;
    }

    /**
     * Every "ICC_PROFILE" in the file, not only in the APP2 segments a marker walk finds: decoders
     * skip garbage between segments, and entropy-coded data never contains this text legitimately.
     */
    private static List<Integer> occurrences(byte[] jpeg) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i + ICC_ID.length <= jpeg.length; i++) {
            if (jpeg[i] == 'I' && Arrays.equals(jpeg, i, i + ICC_ID.length, ICC_ID, 0, ICC_ID.length)) {
                found.add(i);
            }
        }
        return found;
    }
}
