package dev.thumbnailer.image.jpeg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.Thumbnail;
import dev.thumbnailer.image.ThumbnailPipeline;
import dev.thumbnailer.image.UploadRejectedException;
import dev.thumbnailer.testkit.JpegFixtures.Sampling;
import dev.thumbnailer.testkit.JpegEdits;
import dev.thumbnailer.testkit.JpegFixtures;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the scaled decoder leaves to ImageIO: every JPEG it does not implement or cannot trust is
 * refused (empty, never an exception), and the pipeline then still ends in a thumbnail or a typed
 * rejection, exactly as it did before the scaled decoder existed. The original is 400×300, so the
 * 100-px box makes the pipeline ask for 1/2 first.
 */
class ScaledJpegRefusalTest {

    private static final long LIMIT = 100_000_000L;
    private static final BufferedImage PICTURE = JpegFixtures.photo(400, 300, 7);
    private static final byte[] JFIF_420 = JpegFixtures.jpeg(PICTURE, Sampling.S420, false, 0, 0.9f);
    private static final ThumbnailPipeline PIPELINE = new ThumbnailPipeline(
            List.of(new ThumbnailSize("small", 100, 100, FitMode.FIT)), new SourceLimits(LIMIT, 200), 85);

    /** What the pipeline makes of the refused file: a thumbnail, an Undecodable rejection, or whichever ImageIO manages. */
    enum Outcome { THUMBNAIL, UNDECODABLE, EITHER }

    static Stream<Arguments> refused() {
        byte[] withoutJfif = JpegEdits.withoutSegment(JFIF_420, 0xE0);
        return Stream.of(
                Arguments.of("12-bit precision", JpegEdits.withPrecision(JFIF_420, 12), "unsupported", Outcome.UNDECODABLE),
                Arguments.of("lossless arithmetic coding (SOF11)", JpegEdits.withSofMarker(JFIF_420, 0xCB), "unsupported", Outcome.UNDECODABLE),
                Arguments.of("lossless (SOF3)", JpegEdits.withSofMarker(JFIF_420, 0xC3), "unsupported", Outcome.UNDECODABLE),
                Arguments.of("height defined by DNL (0 in SOF)", JpegEdits.withHeight(JFIF_420, 0), "unsupported", Outcome.UNDECODABLE),
                Arguments.of("luma sampled 3x1", JpegEdits.withSampling(JFIF_420, 0, 3, 1), "unsupported", Outcome.EITHER),
                Arguments.of("RGB (Adobe transform 0)", JpegEdits.withAdobe(withoutJfif, 0), "unsupported", Outcome.THUMBNAIL),
                Arguments.of("ids R, G, B and no JFIF", JpegEdits.withComponentIds(withoutJfif, 'R', 'G', 'B'), "unsupported", Outcome.THUMBNAIL),
                Arguments.of("ICC chunk 2 of 2 without chunk 1", withIccChunk(JFIF_420, 2, 2), "unsupported", Outcome.THUMBNAIL),
                Arguments.of("ICC profile that does not parse", withIccChunk(JFIF_420, 1, 1), "unsupported", Outcome.THUMBNAIL),
                Arguments.of("second frame header", secondSof(JFIF_420), "unsupported", Outcome.UNDECODABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void decode_whatItDoesNotImplementOrTrust_isRefusedAndThePipelineStillEndsInAThumbnailOrARejection(
            String name, byte[] jpeg, String why, Outcome expected) throws TruncatedJpegException, UndecodableJpegException {
        for (int s : new int[] {2, 4, 8}) {
            assertTrue(ScaledJpegDecoder.decode(jpeg, s, LIMIT).isEmpty(), name + " decoded at 1/" + s);
            assertTrue(ScaledJpegDecoderTest.refusal(jpeg, s).startsWith(why), ScaledJpegDecoderTest.refusal(jpeg, s));
        }

        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                return PIPELINE.render("refused.jpg", jpeg).getFirst();
            } catch (UploadRejectedException e) {
                return e.rejection();
            }
        });

        if (outcome instanceof Thumbnail thumbnail) {
            assertTrue(expected != Outcome.UNDECODABLE, name + " gave a thumbnail");
            assertEquals(100, thumbnail.width());
        } else {
            assertTrue(expected != Outcome.THUMBNAIL, name + " was rejected: " + ((Rejection) outcome).reason());
            assertInstanceOf(Rejection.Undecodable.class, outcome, ((Rejection) outcome).reason());
        }
    }

    /**
     * A file cut short is not refused but reported, at every scale alike (the cut is in the bits every
     * scale reads), and the pipeline rejects it with the reason ImageIO's "premature end" gives.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cutShort")
    void decode_fileCutShort_isReportedAsTruncatedAndRejected(String name, byte[] jpeg) {
        for (int s : new int[] {2, 4, 8}) {
            assertThrows(TruncatedJpegException.class, () -> ScaledJpegDecoder.decode(jpeg, s, LIMIT), name + " at 1/" + s);
        }

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> PIPELINE.render("cut.jpg", jpeg));

        assertInstanceOf(Rejection.Undecodable.class, e.rejection());
        assertTrue(e.rejection().reason().contains("truncated"), e.rejection().reason());
    }

    static Stream<Arguments> cutShort() {
        byte[] progressive = JpegFixtures.jpeg(PICTURE, Sampling.S420, true, 0, 0.9f);
        int firstScanData = JpegEdits.firstScanDataOffset(JFIF_420);
        return Stream.of(
                Arguments.of("baseline cut before EOI", Arrays.copyOf(JFIF_420, JFIF_420.length - 2)),
                Arguments.of("baseline cut in the middle of the scan", Arrays.copyOf(JFIF_420, JFIF_420.length / 2)),
                Arguments.of("baseline with headers only", Arrays.copyOf(JFIF_420, firstScanData)),
                Arguments.of("baseline with the scan's data replaced by EOI", withEoiAt(JFIF_420, firstScanData + 10)),
                Arguments.of("progressive cut after two thirds", Arrays.copyOf(progressive, progressive.length * 2 / 3)),
                Arguments.of("progressive cut between scans", Arrays.copyOf(progressive, JpegEdits.lastScanOffset(progressive))));
    }

    private static byte[] withEoiAt(byte[] jpeg, int at) {
        byte[] cut = Arrays.copyOf(jpeg, at + 2);
        cut[at] = (byte) 0xFF;
        cut[at + 1] = (byte) 0xD9;
        return cut;
    }

    /** A frame bigger than the limit is not decoded even when the caller forgot to check it. */
    @ParameterizedTest(name = "limit {0}")
    @MethodSource("limits")
    void decode_frameAboveThePixelLimit_isRefused(long limit, boolean decoded) throws TruncatedJpegException, UndecodableJpegException {
        assertEquals(decoded, ScaledJpegDecoder.decode(JFIF_420, 4, limit).isPresent());
    }

    static Stream<Arguments> limits() {
        return Stream.of(Arguments.of(400L * 300, true), Arguments.of(400L * 300 - 1, false));
    }

    private static byte[] withIccChunk(byte[] jpeg, int sequence, int count) {
        byte[] payload = new byte[14 + 200];
        System.arraycopy("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), 0, payload, 0, 12);
        payload[12] = (byte) sequence;
        payload[13] = (byte) count;
        return JpegEdits.insertAfterSoi(jpeg, 0xE2, payload);
    }

    /** The file's own SOF0 repeated right after itself. */
    private static byte[] secondSof(byte[] jpeg) {
        int at = JpegEdits.find(jpeg, 0xC0);
        int length = 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        byte[] out = new byte[jpeg.length + length];
        System.arraycopy(jpeg, 0, out, 0, at + length);
        System.arraycopy(jpeg, at, out, at + length, jpeg.length - at);
        return out;
    }
}
