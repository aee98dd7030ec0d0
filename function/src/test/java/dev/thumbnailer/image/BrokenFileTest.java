package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.JpegFixtures;
import dev.thumbnailer.testkit.Fixtures;
import dev.thumbnailer.testkit.GifFixtures;
import dev.thumbnailer.testkit.JpegFixtures;
import dev.thumbnailer.testkit.JpegSegments;
import dev.thumbnailer.testkit.PngBytes;
import dev.thumbnailer.testkit.PngFixtures;
import dev.thumbnailer.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Truncated and structurally broken files: an Undecodable rejection, never a half-grey or
 * half-transparent thumbnail; complete pixel data with only a trailer missing is still fine.
 */
class BrokenFileTest {

    private static final Duration QUICK = Duration.ofSeconds(5);

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(
            List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 85);

    /** 1600×1200 JPEGs, which the default sizes send to the scaled decoder, first. */
    private static final byte[] LARGE_BASELINE = TestImages.jpeg(1600, 1200);
    private static final byte[] LARGE_PROGRESSIVE = Fixtures.progressiveJpeg(1600, 1200);

    static Stream<Arguments> truncations() {
        return Stream.of("photo.jpg", "logo.png", "still.gif", "anim.gif", "adam7.png", "progressive.jpg", "large.jpg", "large-progressive.jpg")
                .flatMap(key -> {
                    byte[] whole = switch (key) {
                        case "photo.jpg" -> TestImages.jpeg(400, 300);
                        case "logo.png" -> TestImages.png(400, 300);
                        case "still.gif" -> TestImages.gif(400, 300);
                        case "anim.gif" -> GifFixtures.animated3Frames();
                        case "adam7.png" -> PngFixtures.interlacedPng();
                        case "large.jpg" -> LARGE_BASELINE;
                        case "large-progressive.jpg" -> LARGE_PROGRESSIVE;
                        default -> Fixtures.progressiveJpeg();
                    };
                    Stream<Double> cuts = key.endsWith(".jpg") ? Stream.of(0.05, 0.5, 0.9, 0.999) : Stream.of(0.05, 0.5, 0.9); // 0.999: all but the last bytes
                    return cuts.map(f -> Arguments.of(key, f, Arrays.copyOf(whole, Math.max(8, (int) (whole.length * f)))));
                });
    }

    @ParameterizedTest(name = "{0} cut at {1}")
    @MethodSource("truncations")
    void render_truncatedFile_isRejectedAsUndecodable(String key, double fraction, byte[] truncated) throws Exception {
        if (key.startsWith("large")) { // the scaled decoder sees the cut itself; ImageIO never decodes the padding
            DecoderPath.REJECTED_AS_TRUNCATED.assertTakenBy(pipeline, truncated, key + " cut at " + fraction);
        }

        Rejection.Undecodable rejection = assertRejected(Rejection.Undecodable.class, key, truncated);
        if (key.startsWith("large")) { // cut inside the scan data: the reason ImageIO's "premature end" gives
            assertTrue(rejection.reason().contains("truncated"), rejection.reason());
        }
    }

    @Test
    void largeJpegFixtures_whole_goThroughTheScaledDecoder() throws Exception {
        DecoderPath.SCALED.assertTakenBy(pipeline, LARGE_BASELINE, "large.jpg");
        DecoderPath.SCALED.assertTakenBy(pipeline, LARGE_PROGRESSIVE, "large-progressive.jpg");
    }

    /**
     * Bytes of the entropy-coded data overwritten at random: whichever decoder sees the damage, and
     * whether it notices, the outcome is a thumbnail or an Undecodable rejection, quickly; never
     * another exception (the scaled decoder reports its own bugs with an assertion, and tests run
     * with assertions on). One 128-px size and 800×600 originals keep ImageIO's fallback decodes
     * cheap while the scaled decoder still gets each file first, at 1/4.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(booleans = {false, true})
    void render_corruptedEntropyData_isAThumbnailOrUndecodableNeverAnException(boolean progressive) throws Exception {
        ThumbnailPipeline small = new ThumbnailPipeline(List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 85);
        byte[] whole = progressive ? Fixtures.progressiveJpeg(800, 600) : TestImages.jpeg(800, 600);
        DecoderPath.SCALED.assertTakenBy(small, whole, "the undamaged file");
        int dataStart = JpegSegments.read(whole).getLast().offset() + 20; // past the first SOS header
        Random random = new Random(progressive ? 2 : 1);
        for (int i = 0; i < 30; i++) {
            byte[] damaged = whole.clone();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                damaged[dataStart + random.nextInt(whole.length - 2 - dataStart)] = (byte) random.nextInt(256);
            }

            Object outcome = assertTimeoutPreemptively(QUICK, () -> {
                try {
                    return small.render("damaged.jpg", damaged).getFirst();
                } catch (UploadRejectedException e) {
                    return e.rejection();
                }
            });

            if (outcome instanceof Rejection rejection) {
                assertInstanceOf(Rejection.Undecodable.class, rejection, rejection.reason());
            } else {
                assertEquals(128, ((Thumbnail) outcome).width());
            }
        }
    }

    /** Every row decoded, only the IEND trailer lost: the pixels are complete, so is the thumbnail (browsers agree). */
    @Test
    void render_pngMissingOnlyItsEndChunk_isStillThumbnailed() throws Exception {
        byte[] png = PngFixtures.interlacedPng();

        List<Thumbnail> thumbnails = pipeline.render("cut.png", Arrays.copyOf(png, png.length - 12));

        assertEquals(0xFFFF0000, TestImages.decode(thumbnails.getFirst().bytes()).getRGB(5, 5));
    }

    /** Under the pixel limit but with almost no data: the decoder runs out of input, not of memory. */
    @ParameterizedTest
    @ValueSource(strings = {"big.png", "big.jpg", "big-progressive.jpg"})
    void render_declaredSizeUnderTheLimitWithoutTheData_isUndecodable(String key) throws Exception {
        byte[] file = switch (key) {
            case "big.png" -> PngFixtures.pngDeclaring(9000, 9000);
            case "big.jpg" -> JpegSegments.withDeclaredSize(TestImages.jpeg(16, 16), 9000, 9000);
            default -> JpegSegments.withDeclaredSize(JpegFixtures.jpeg(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB),
                    JpegFixtures.Sampling.S420, true, 0, 0.75f), 9000, 9000); // black: the padding soon decodes to an impossible code
        };
        if (key.endsWith("jpg")) { // rejected before ImageIO decodes 81 MP of padding (progressive: seconds, and 300 MB of coefficients)
            DecoderPath.REJECTED_AS_TRUNCATED.assertTakenBy(pipeline, file, key);
        }

        assertRejected(Rejection.Undecodable.class, key, file);
    }

    /**
     * The scaled decoder rejects a JPEG as truncated without asking ImageIO, so it must never do so
     * for a file ImageIO would decode: for every cut of several encodings (baseline, progressive,
     * restart intervals, grey, 4:4:4), and for damaged data, a truncation verdict from the scaled
     * decoder must match ImageIO finding the file truncated too.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void scaledDecoderTruncation_isAlsoImageIosVerdict(String name, byte[] whole) throws Exception {
        ThumbnailPipeline small = new ThumbnailPipeline(List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 85);
        ImageHeader header = ImageProbe.read(whole, ImageFormat.JPEG, new SourceLimits(Long.MAX_VALUE, 1));
        int truncations = 0;
        for (int cut = 200; cut < whole.length; cut += Math.max(1, whole.length / 97)) {
            byte[] truncated = Arrays.copyOf(whole, cut);
            if (DecoderPath.of(small, truncated) == DecoderPath.REJECTED_AS_TRUNCATED) {
                truncations++;
                UploadRejectedException imageIo = assertThrows(UploadRejectedException.class,
                        () -> ImageIoDecoder.decode(truncated, header, 4, new java.util.ArrayList<>()), name + " cut at " + cut + " decodes with ImageIO");
                assertTrue(imageIo.rejection().reason().contains("truncated"), imageIo.rejection().reason());
            }
        }
        assertTrue(truncations > 80, name + ": only " + truncations + " cuts were seen as truncations");
        assertEquals(DecoderPath.SCALED, DecoderPath.of(small, whole), name + " whole");
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("baseline 4:2:0", TestImages.jpeg(800, 600)),
                Arguments.of("progressive", Fixtures.progressiveJpeg(800, 600)),
                Arguments.of("restart interval 3, 4:4:4", JpegFixtures.jpeg(JpegFixtures.photo(800, 600, 3), JpegFixtures.Sampling.S444, false, 3, 0.9f)),
                Arguments.of("grey, progressive", JpegFixtures.jpeg(JpegFixtures.grey(JpegFixtures.photo(800, 600, 4)), null, true, 0, 0.9f)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lying-chunk-length", "garbage-idat", "no-idat"})
    void render_brokenPngStructure_isUndecodable(String kind) {
        byte[] png = switch (kind) {
            case "lying-chunk-length" -> new PngBytes(16, 16, 8, PngBytes.RGB).chunk("tEXt", new byte[0]).encode((x, y) -> new int[] {1, 2, 3});
            case "garbage-idat" -> new PngBytes(16, 16, 8, PngBytes.RGB).withIdat(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            default -> Arrays.copyOf(PngFixtures.pngDeclaring(16, 16), 33);
        };
        if (kind.equals("lying-chunk-length")) {
            ByteBuffer.wrap(png).putInt(33, Integer.MAX_VALUE); // the tEXt chunk now claims 2 GB
        }

        assertRejected(Rejection.Undecodable.class, "broken.png", png);
    }

    private <R extends Rejection> R assertRejected(Class<R> type, String key, byte[] bytes) {
        UploadRejectedException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(UploadRejectedException.class, () -> pipeline.render(key, bytes)));
        assertFalse(e.rejection().reason().isBlank());
        return assertInstanceOf(type, e.rejection(), e.rejection().reason());
    }
}
