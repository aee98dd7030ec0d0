package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.thumbnailer.testkit.Containers;
import dev.thumbnailer.testkit.DecodedGif;
import dev.thumbnailer.testkit.GifFixtures;
import dev.thumbnailer.testkit.IccProfiles;
import dev.thumbnailer.testkit.JpegSegments;
import dev.thumbnailer.testkit.PngBytes;
import dev.thumbnailer.testkit.PngFixtures;
import dev.thumbnailer.testkit.TestImages;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files made to hurt, small files that claim huge sizes or carry huge side data: each ends in a
 * typed rejection with a reason decided from the header (or, where the file is merely odd, a
 * thumbnail), quickly, without running out of memory. The pixel limit is the default 100 MP.
 */
class HostileInputTest {

    private static final Duration QUICK = Duration.ofSeconds(5);

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(
            List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 85);

    @ParameterizedTest
    @ValueSource(strings = {"empty.jpg", "empty.png", "empty.gif"})
    void render_zeroBytes_isRejectedAsEmpty(String key) {
        assertRejected(Rejection.EmptyFile.class, key, new byte[0]);
    }




    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"30000, 30000", "60000, 60000", "100000, 1001"})
    void render_tinyPngDeclaringHugeSize_isRejectedFromTheHeader(int width, int height) {
        byte[] png = PngFixtures.pngDeclaring(width, height);

        Rejection.TooManyPixels rejection = assertRejected(Rejection.TooManyPixels.class, "bomb.png", png);
        assertEquals(width, rejection.width());
        assertEquals(height, rejection.height());
        assertRejectedAllocatingLittle("bomb.png", png);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"30000, 30000", "60000, 60000", "65535, 65535"})
    void render_tinyJpegDeclaringHugeSize_isRejectedFromTheHeader(int width, int height) {
        byte[] jpeg = JpegSegments.withDeclaredSize(TestImages.jpeg(16, 16), width, height);

        Rejection.TooManyPixels rejection = assertRejected(Rejection.TooManyPixels.class, "bomb.jpg", jpeg);
        assertEquals(width, rejection.width());
        assertEquals(height, rejection.height());
        assertRejectedAllocatingLittle("bomb.jpg", jpeg);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"60000, 60000", "65535, 2000"})
    void render_gifScreenDeclaringHugeSize_isRejectedFromTheHeader(int width, int height) {
        assertRejected(Rejection.TooManyPixels.class, "bomb.gif", GifFixtures.screenDeclaring(width, height, 1));
    }


    static Stream<Arguments> metadataFloods() {
        return Stream.of("icc-garbage", "icc-oversized-header", "icc-valid-padded-to-16MB", "exif-flood").flatMap(kind -> Stream.of(
                Arguments.of(kind, 64, DecoderPath.IMAGEIO),
                // The scaled decoder reads APP2 itself: a garbage profile makes it refuse, a valid one it applies, EXIF it skips.
                Arguments.of(kind, 1600, kind.startsWith("icc") && !kind.contains("valid") ? DecoderPath.IMAGEIO_AFTER_REFUSAL : DecoderPath.SCALED)));
    }

    /**
     * 255 APP2 ICC chunks of ~64 KB (random, or random under a header claiming 2 GB, or a real
     * profile padded to the 16 MB the chunks can carry) or 100 APP1 EXIF segments of ~64 KB: the
     * limit is the file size, nothing explodes, and the thumbnail carries none of it.
     */
    @ParameterizedTest(name = "{0}, {1} px wide, {2}")
    @MethodSource("metadataFloods")
    void render_jpegWithHugeMetadataSegments_isBoundedAndStillThumbnailed(String kind, int width, DecoderPath path) throws Exception {
        byte[] file = withMetadataFlood(TestImages.jpeg(width, width * 3 / 4), kind);
        path.assertTakenBy(pipeline, file, kind);

        List<Thumbnail> thumbnails = assertTimeoutPreemptively(QUICK, () -> pipeline.render("meta.jpg", file));

        assertEquals(Math.min(width, 128), thumbnails.getFirst().width());
        assertFalse(Containers.jpegSegments(thumbnails.getFirst().bytes()).stream().anyMatch(s -> s.startsWith("FFE1") || s.startsWith("FFE2")));
    }

    private static byte[] withMetadataFlood(byte[] jpeg, String kind) {
        Random random = new Random(5);
        byte[] profile = kind.contains("valid") ? Arrays.copyOf(IccProfiles.displayP3(), 255 * 65_000) : null;
        if (profile != null) {
            ByteBuffer.wrap(profile).putInt(0, profile.length);
        }
        ByteArrayOutputStream segments = new ByteArrayOutputStream();
        for (int i = 0; i < (kind.equals("exif-flood") ? 100 : 255); i++) {
            byte[] chunk = new byte[65_000];
            random.nextBytes(chunk);
            if (kind.equals("exif-flood")) {
                System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0, 8}, 0, chunk, 0, 14);
                segments.writeBytes(JpegSegments.segment(0xE1, chunk));
            } else {
                byte[] data = profile == null ? chunk : Arrays.copyOfRange(profile, i * 65_000, (i + 1) * 65_000);
                segments.writeBytes(JpegSegments.segment(0xE2, iccChunk(i + 1, 255, data, kind.equals("icc-oversized-header") && i == 0)));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segments.toByteArray());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"photo.jpg, png", "photo.png, gif", "photo.gif, jpeg", "photo.jpeg, gif", "photo, jpeg", "photo.txt, png"})
    void render_extensionThatLies_isRejectedAsMismatch(String key, String actual) {
        byte[] content = switch (actual) {
            case "png" -> TestImages.png(8, 8);
            case "gif" -> TestImages.gif(8, 8);
            default -> TestImages.jpeg(8, 8);
        };

        assertRejected(Rejection.ExtensionMismatch.class, key, content);
    }


    /**
     * An iCCP zlib bomb: a real Display P3 profile padded to 64 MB with zeros, in about 64 KB. It is
     * not inflated past the cap (the JDK reader would inflate it all, were metadata not ignored),
     * so the profile is ignored and the pixels are taken as sRGB.
     */
    @Test
    void render_pngWithIccpZipBomb_ignoresTheProfile() throws Exception {
        byte[] bomb = PngFixtures.iccp("bomb", Arrays.copyOf(IccProfiles.displayP3(), 64 << 20));
        byte[] png = new PngBytes(64, 32, 8, PngBytes.RGB).chunk("iCCP", bomb).encode((x, y) -> new int[] {200, 80, 40});

        List<Thumbnail> thumbnails = assertTimeoutPreemptively(QUICK, () -> pipeline.render("bomb.png", png));

        assertEquals(0xFFC85028, TestImages.decode(thumbnails.getFirst().bytes()).getRGB(10, 10), "untouched: treated as sRGB");
    }

    @Test
    void render_gifWithFiveThousandFrames_givesAStillQuicklyUnderTheDefaultCap() {
        byte[] gif = GifFixtures.animatedGif(5000);

        List<Thumbnail> thumbnails = assertTimeoutPreemptively(QUICK, () -> pipeline.render("long.gif", gif));

        assertEquals(1, thumbnails.getFirst().frames());
        AnimatedGifTest.assertPixel(GifFixtures.WHITE, DecodedGif.read(thumbnails.getFirst().bytes()).image(0), 64, 40);
    }

    @Test
    void render_gifFramesTimesScreenAboveThePixelLimit_isRejectedBeforeDecoding() {
        // 2000×2000 screen × 150 frames = 600 MP, though each frame is one pixel.
        Rejection.TooManyPixels rejection = assertRejected(Rejection.TooManyPixels.class, "bomb.gif", GifFixtures.screenDeclaring(2000, 2000, 150));

        assertEquals(150, rejection.frames());
    }

    /** Only the part on the screen would be stored, but decoding costs what the frame declares. */
    @Test
    void render_gifFrameDeclaringFarMoreThanTheScreen_isRejectedNotAllocated() {
        assertRejected(Rejection.TooManyPixels.class, "bomb.gif", GifFixtures.oversizedSecondFrame());
    }

    private static byte[] iccChunk(int sequence, int count, byte[] data, boolean oversizedHeader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1));
        out.write(sequence);
        out.write(count);
        byte[] body = data.clone();
        if (oversizedHeader) { // the first chunk starts a header claiming a 2 GB profile
            ByteBuffer.wrap(body).putInt(0, Integer.MAX_VALUE).put(36, (byte) 'a').put(37, (byte) 'c').put(38, (byte) 's').put(39, (byte) 'p');
        }
        out.writeBytes(body);
        return out.toByteArray();
    }

    /**
     * "Rejected from the header alone": the rejection must cost next to nothing. Measured on this
     * thread after a warm-up (class loading allocates too); decoding even 1/8 of a 30000×30000
     * image would allocate 56 MB, decoding it whole 3.6 GB.
     */
    private void assertRejectedAllocatingLittle(String key, byte[] bytes) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        assertThrows(UploadRejectedException.class, () -> pipeline.render(key, bytes));
        long before = threads.getCurrentThreadAllocatedBytes();
        assertThrows(UploadRejectedException.class, () -> pipeline.render(key, bytes));
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 4 << 20, "rejecting " + key + " allocated " + allocated + " bytes");
    }

    private <R extends Rejection> R assertRejected(Class<R> type, String key, byte[] bytes) {
        UploadRejectedException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(UploadRejectedException.class, () -> pipeline.render(key, bytes)));
        assertFalse(e.rejection().reason().isBlank());
        return assertInstanceOf(type, e.rejection(), e.rejection().reason());
    }
}
