package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.thumbnailer.config.FitMode;
import dev.thumbnailer.config.ThumbnailSize;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JpegIccGuardTest {

    @Test
    void withoutInconsistentProfile_consistentMultiChunkProfile_keepsTheFileAsItIs() {
        byte[] profile = Arrays.copyOf(IccProfiles.displayP3(), 150_000); // padded: spans three APP2 chunks
        ByteBuffer.wrap(profile).putInt(0, profile.length);
        byte[] jpeg = JpegSegments.withIccProfile(TestImages.jpeg(16, 16), profile);

        assertSame(jpeg, JpegIccGuard.withoutInconsistentProfile(jpeg));
    }

    @Test
    void withoutInconsistentProfile_noProfile_keepsTheFileAsItIs() {
        byte[] jpeg = TestImages.jpeg(16, 16);

        assertSame(jpeg, JpegIccGuard.withoutInconsistentProfile(jpeg));
    }

    /** Two small chunks whose header claims 2 GB: TwelveMonkeys 3.14.0 would allocate that before reading. */
    @Test
    void withoutInconsistentProfile_profileClaimingMoreThanItCarries_isRemovedAndTheImageKept() throws Exception {
        byte[] claim = Arrays.copyOf(IccProfiles.displayP3(), 300);
        ByteBuffer.wrap(claim).putInt(0, Integer.MAX_VALUE);
        byte[] original = TestImages.jpeg(16, 16);
        byte[] jpeg = JpegSegments.insertAfterSoi(JpegSegments.insertAfterSoi(original, 0xE2, chunk(2, Arrays.copyOfRange(claim, 150, 300))),
                0xE2, chunk(1, Arrays.copyOf(claim, 150)));

        byte[] guarded = JpegIccGuard.withoutInconsistentProfile(jpeg);

        assertFalse(Containers.jpegSegments(guarded).stream().anyMatch(s -> s.startsWith("FFE2")));
        assertEquals(original.length, guarded.length);
        ThumbnailPipeline pipeline = new ThumbnailPipeline(List.of(new ThumbnailSize("s", 8, 8, FitMode.FIT)), 1000, 85, 1);
        assertEquals(8, pipeline.render("a.jpg", jpeg).getFirst().width(), "the pipeline applies the guard: no 2 GB allocation");
    }

    /** Decoders skip garbage before a marker, so the guard must find the profile there too (a fuzzer finding). */
    @Test
    void withoutInconsistentProfile_oneChunkBehindGarbageBytesClaimingTooMuch_isRemoved() throws Exception {
        byte[] claim = Arrays.copyOf(IccProfiles.displayP3(), 512);
        ByteBuffer.wrap(claim).putInt(0, 0x2F000200); // 788 MB
        byte[] original = TestImages.jpeg(16, 16);
        byte[] segment = JpegSegments.segment(0xE2, ByteBuffer.allocate(14 + claim.length)
                .put("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 1).put((byte) 1).put(claim).array());
        int afterApp0 = 2 + JpegSegments.read(original).getFirst().length();
        byte[] jpeg = ByteBuffer.allocate(original.length + 3 + segment.length).put(original, 0, afterApp0).put(new byte[] {'3', '4', '2'})
                .put(segment).put(original, afterApp0, original.length - afterApp0).array();

        byte[] guarded = JpegIccGuard.withoutInconsistentProfile(jpeg);

        assertEquals(original.length + 3, guarded.length, "the segment is gone, the garbage is the decoder's business");
        ThumbnailPipeline pipeline = new ThumbnailPipeline(List.of(new ThumbnailSize("s", 8, 8, FitMode.FIT)), 1000, 85, 1);
        assertEquals(8, pipeline.render("a.jpg", jpeg).getFirst().width());
    }

    private static byte[] chunk(int sequence, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(14 + data.length).put("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
        return b.put((byte) sequence).put((byte) 2).put(data).array();
    }
}
