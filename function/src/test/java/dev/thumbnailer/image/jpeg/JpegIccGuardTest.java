package dev.thumbnailer.image.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.ThumbnailPipeline;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.image.UploadRejectedException;
import dev.thumbnailer.testkit.IccProfiles;
import dev.thumbnailer.testkit.JpegSegments;
import dev.thumbnailer.testkit.TestImages;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guard against TwelveMonkeys 3.14.0 allocating an ICC profile's claimed size. Each hostile case
 * is also run through the pipeline: without the guard it dies of OutOfMemoryError ("Requested array
 * size exceeds VM limit" or heap space), so these tests fail loudly if the guard is bypassed.
 */
class JpegIccGuardTest {

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(List.of(new ThumbnailSize("s", 8, 8, FitMode.FIT)), new SourceLimits(1000, 1), 85);

    @Test
    void withoutUntrustworthyProfile_consistentMultiChunkProfile_keepsTheFileAsItIs() {
        byte[] profile = Arrays.copyOf(IccProfiles.displayP3(), 150_000); // padded: spans three APP2 chunks
        ByteBuffer.wrap(profile).putInt(0, profile.length);
        byte[] jpeg = JpegSegments.withIccProfile(TestImages.jpeg(16, 16), profile);

        assertSame(jpeg, JpegIccGuard.withoutUntrustworthyProfile(jpeg));
    }

    @Test
    void withoutUntrustworthyProfile_noProfile_keepsTheFileAsItIs() {
        byte[] jpeg = TestImages.jpeg(16, 16);

        assertSame(jpeg, JpegIccGuard.withoutUntrustworthyProfile(jpeg));
    }

    /** Two small chunks whose header claims 2 GB. */
    @Test
    void withoutUntrustworthyProfile_profileClaimingMoreThanTheFile_isDisarmedAndTheImageKept() throws Exception {
        byte[] claim = claiming(Integer.MAX_VALUE, 300);
        byte[] original = TestImages.jpeg(16, 16);
        byte[] jpeg = JpegSegments.insertAfterSoi(JpegSegments.insertAfterSoi(original, 0xE2, chunk(2, 2, Arrays.copyOfRange(claim, 150, 300))),
                0xE2, chunk(1, 2, Arrays.copyOf(claim, 150)));

        assertDisarmedAndRendered(jpeg);
    }

    /** Decoders skip garbage before a marker, so the profile must be found there too (a fuzzer finding). */
    @Test
    void withoutUntrustworthyProfile_chunkBehindGarbageBytes_isDisarmed() throws Exception {
        byte[] original = TestImages.jpeg(16, 16);
        byte[] segment = JpegSegments.segment(0xE2, chunk(1, 1, claiming(0x2F000200, 512))); // 788 MB
        int afterApp0 = 2 + JpegSegments.read(original).getFirst().length();
        byte[] jpeg = ByteBuffer.allocate(original.length + 3 + segment.length).put(original, 0, afterApp0).put(new byte[] {'3', '4', '2'})
                .put(segment).put(original, afterApp0, original.length - afterApp0).array();

        assertDisarmedAndRendered(jpeg);
    }

    /** TwelveMonkeys took "ICC_PROFILE" followed by 0x02 instead of NUL for a chunk (a fuzzer finding). */
    @Test
    void withoutUntrustworthyProfile_identifierWithoutItsNul_isDisarmed() throws Exception {
        byte[] payload = chunk(1, 1, claiming(0x0FFF_FFFF, 256));
        payload[11] = 2;

        assertDisarmedAndRendered(JpegSegments.insertAfterSoi(TestImages.jpeg(16, 16), 0xE2, payload));
    }

    private void assertDisarmedAndRendered(byte[] jpeg) throws UploadRejectedException {
        byte[] guarded = JpegIccGuard.withoutUntrustworthyProfile(jpeg);

        assertEquals(jpeg.length, guarded.length, "disarmed in place: no segment moves");
        assertFalse(new String(guarded, StandardCharsets.ISO_8859_1).contains("ICC_PROFILE"));
        assertEquals(8, pipeline.render("a.jpg", jpeg).getFirst().width(), "the pipeline applies the guard: no giant allocation");
    }

    /** The start of a real profile whose size field says {@code size}, {@code length} bytes of it. */
    private static byte[] claiming(int size, int length) {
        byte[] profile = Arrays.copyOf(IccProfiles.displayP3(), length);
        ByteBuffer.wrap(profile).putInt(0, size);
        return profile;
    }

    private static byte[] chunk(int sequence, int count, byte[] data) {
        return ByteBuffer.allocate(14 + data.length).put("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1))
                .put((byte) sequence).put((byte) count).put(data).array();
    }
}
