package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.ArithmeticJpegs;
import dev.thumbnailer.testkit.Containers;
import dev.thumbnailer.testkit.DecodedGif;
import dev.thumbnailer.testkit.GifFixtures;
import dev.thumbnailer.testkit.IccProfiles;
import dev.thumbnailer.testkit.JpegFixtures;
import dev.thumbnailer.testkit.QuirkyFiles;
import dev.thumbnailer.testkit.TestImages;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Defects in real-world files that browsers and libjpeg read through: here they give thumbnails too. */
class RealWorldQuirksTest {

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(
            List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 85);

    /** 200 px wide a JPEG is decoded by ImageIO; 1600 px wide by the scaled decoder first. */
    @ParameterizedTest
    @ValueSource(ints = {200, 1600})
    void render_jpegWhoseIccProfileIsCutShort_isThumbnailedWithoutItAndSaysSo(int width) throws Exception {
        byte[] jpeg = QuirkyFiles.jpegWithIccProfileCutShort(width, width * 3 / 4);

        List<Thumbnail> thumbnails = pipeline.render("cut-profile.jpg", jpeg);

        assertEquals(2, thumbnails.size());
        assertTrue(thumbnails.getFirst().notes().stream().anyMatch(n -> n.startsWith("ICC profile ignored")), thumbnails.getFirst().notes().toString());
    }

    static Stream<Arguments> bogusCommentLengths() {
        return Stream.of(Arguments.of(200, 0), Arguments.of(200, 1), Arguments.of(1600, 0), Arguments.of(1600, 1));
    }

    @ParameterizedTest(name = "{0} px, length {1}")
    @MethodSource("bogusCommentLengths")
    void render_jpegWithCommentLengthBelowTwo_isThumbnailed(int width, int length) throws Exception {
        byte[] jpeg = QuirkyFiles.jpegWithCommentLength(width, width * 3 / 4, length);

        List<Thumbnail> thumbnails = pipeline.render("comment.jpg", jpeg);

        assertEquals(width * 3 / 4 * 128 / width, thumbnails.getFirst().height());
    }

    static Stream<Arguments> strayBytes() {
        return Stream.of(Arguments.of(200, 3), Arguments.of(200, 300), Arguments.of(1600, 3));
    }

    @ParameterizedTest(name = "{0} px, {1} stray bytes")
    @MethodSource("strayBytes")
    void render_jpegWithStrayBytesAfterSoi_isThumbnailed(int width, int count) throws Exception {
        byte[] jpeg = QuirkyFiles.jpegWithStrayBytesAfterSoi(width, width * 3 / 4, count);

        List<Thumbnail> thumbnails = pipeline.render("stray.jpg", jpeg);

        assertEquals(ImageFormat.JPEG, thumbnails.getFirst().format());
        assertEquals(128, thumbnails.getFirst().width());
    }

    static Stream<Arguments> arithmeticJpegs() {
        BufferedImage small = JpegFixtures.photo(100, 80, 3);
        BufferedImage large = JpegFixtures.photo(1400, 1000, 3);
        return Stream.of(
                Arguments.of("sequential 100x80", ArithmeticJpegs.sequential(small, false, true, 0), 100),
                Arguments.of("progressive 100x80", ArithmeticJpegs.progressive(small, false, false, 0), 100),
                Arguments.of("sequential 1400x1000", ArithmeticJpegs.sequential(large, false, true, 4), 128),
                Arguments.of("progressive grey 1400x1000", ArithmeticJpegs.progressive(large, true, false, 0), 128));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arithmeticJpegs")
    void render_arithmeticCodedJpeg_isThumbnailed(String name, byte[] jpeg, int smallWidth) throws Exception {
        List<Thumbnail> thumbnails = pipeline.render("arithmetic.jpg", jpeg);

        assertEquals(smallWidth, thumbnails.getFirst().width());
        assertEquals(smallWidth, TestImages.decode(thumbnails.getFirst().bytes()).getWidth());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arithmeticJpegs")
    void render_arithmeticCodedJpegCutShort_isRejectedAsTruncated(String name, byte[] jpeg, int smallWidth) {
        byte[] cut = Arrays.copyOf(jpeg, jpeg.length / 2);

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> pipeline.render("arithmetic.jpg", cut));

        assertTrue(e.rejection().reason().contains("truncated"), e.rejection().reason());
    }

    /** Whatever path leads here, a decode in another colour space must not give a derivative with a profile. */
    @ParameterizedTest
    @ValueSource(strings = {"JPEG", "PNG"})
    void encode_imageInANonSrgbColourSpace_carriesNoProfile(String format) {
        BufferedImage gradient = TestImages.gradient(64, 48);
        ColorConvertOp toP3 = new ColorConvertOp(new ICC_ColorSpace(ICC_Profile.getInstance(IccProfiles.displayP3())), null);
        BufferedImage p3 = toP3.filter(gradient, toP3.createCompatibleDestImage(gradient, null));

        byte[] bytes = new ImageEncoder(0.85f).encode(p3, ImageFormat.valueOf(format));

        List<String> parts = format.equals("JPEG") ? Containers.jpegSegments(bytes) : Containers.pngChunks(bytes);
        assertFalse(parts.stream().anyMatch(p -> p.startsWith("FFE2") || p.equals("iCCP")), parts.toString());
    }

    @Test
    void render_gifFrameWithoutAnyColourTable_isDrawnOpaqueBlackAsChromiumDoes() throws Exception {
        byte[] gif = QuirkyFiles.gifSecondFrameWithoutAnyColourTable();

        DecodedGif thumbnail = DecodedGif.read(pipeline.render("no-table.gif", gif).getFirst().bytes());

        assertEquals(2, thumbnail.frames().size());
        assertEquals(0xFFFF0000, thumbnail.frames().get(0).image().getRGB(10, 10));
        assertEquals(0xFF000000, thumbnail.frames().get(1).image().getRGB(10, 10));
    }

    @Test
    void render_gifWithLoopExtensionAfterTheFirstFrame_keepsTheLoopCount() throws Exception {
        byte[] gif = QuirkyFiles.gifLoopExtensionAfterFirstFrame(0);

        DecodedGif thumbnail = DecodedGif.read(pipeline.render("late-loop.gif", gif).getFirst().bytes());

        assertEquals(0, thumbnail.loopCount(), "loops forever");
    }

    @Test
    void render_gifWithTwoLoopExtensions_takesTheLastAsBrowsersDo() throws Exception {
        byte[] gif = QuirkyFiles.gifTwoLoopExtensions(5, 0);

        DecodedGif thumbnail = DecodedGif.read(pipeline.render("two-loops.gif", gif).getFirst().bytes());

        assertEquals(0, thumbnail.loopCount());
    }

    @Test
    void render_gifWithCorruptLzwInTheThirdFrame_keepsTheFirstTwoAndSaysSo() throws Exception {
        byte[] gif = QuirkyFiles.gifCorruptLzwInFrame(3);

        Thumbnail thumbnail = pipeline.render("damaged.gif", gif).getFirst();

        assertEquals(2, thumbnail.frames());
        assertEquals(2, DecodedGif.read(thumbnail.bytes()).frames().size());
        assertTrue(thumbnail.notes().stream().anyMatch(n -> n.startsWith("only the first 2 of 3 frames kept")), thumbnail.notes().toString());
    }

    @Test
    void render_gifWithCorruptLzwInTheFirstFrame_isRejected() {
        byte[] gif = QuirkyFiles.gifCorruptLzwInFrame(1);

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> pipeline.render("broken.gif", gif));

        assertInstanceOf(Rejection.Undecodable.class, e.rejection());
        assertTrue(e.rejection().reason().contains("LZW"), e.rejection().reason());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.6, 0.95})
    void render_gifCutShort_namesNoOffsetPastTheEnd(double fraction) {
        byte[] whole = GifFixtures.animated3Frames();
        byte[] cut = Arrays.copyOf(whole, (int) (whole.length * fraction));

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> pipeline.render("cut.gif", cut));

        Matcher numbers = Pattern.compile("\\d+").matcher(e.rejection().reason());
        while (numbers.find()) {
            assertTrue(Long.parseLong(numbers.group()) <= cut.length, e.rejection().reason());
        }
    }
}
