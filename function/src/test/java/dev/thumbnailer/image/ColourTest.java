package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.config.FitMode;
import dev.thumbnailer.config.ThumbnailSize;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColourTest {

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(List.of(new ThumbnailSize("small", 200, 200, FitMode.FIT)), 100_000_000L, 95, 200);

    static Stream<Arguments> cmykFiles() {
        return Stream.of(
                Arguments.of("cmyk.jpg (Adobe, transform 0)", (Supplier<byte[]>) CmykFixtures::cmyk),
                Arguments.of("cmyk-no-adobe.jpg (component ids CMYK)", (Supplier<byte[]>) CmykFixtures::cmykWithoutAdobe),
                Arguments.of("ycck.jpg (Adobe, transform 2)", (Supplier<byte[]>) CmykFixtures::ycck));
    }

    /** Without a profile the reader falls back to a generic conversion: the test is "not inverted, not wildly off". */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cmykFiles")
    void render_cmykWithoutProfile_givesRecognisableInkColours(String name, Supplier<byte[]> file) throws Exception {
        BufferedImage thumbnail = render("print.jpg", file.get());

        int[] cyan = patch(thumbnail, 0);
        int[] magenta = patch(thumbnail, 1);
        int[] yellow = patch(thumbnail, 2);
        int[] black = patch(thumbnail, 3);
        int[] paper = patch(thumbnail, 4);
        assertTrue(cyan[0] < 80 && cyan[1] > 120 && cyan[2] > 180, "cyan " + hex(cyan));
        assertTrue(magenta[0] > 150 && magenta[1] < 80 && magenta[2] > 80, "magenta " + hex(magenta));
        assertTrue(yellow[0] > 200 && yellow[1] > 200 && yellow[2] < 80, "yellow " + hex(yellow));
        assertTrue(black[0] < 80 && black[1] < 80 && black[2] < 80, "black " + hex(black));
        assertTrue(paper[0] > 230 && paper[1] > 230 && paper[2] > 230, "paper " + hex(paper));
    }

    static Stream<Arguments> cmykFilesWithProfile() {
        return Stream.of(
                Arguments.of("cmyk-press-profile.jpg", (Supplier<byte[]>) CmykFixtures::cmykWithProfile),
                Arguments.of("ycck-press-profile.jpg", (Supplier<byte[]>) CmykFixtures::ycckWithProfile));
    }

    /** The embedded press profile says cyan ink looks #00AEEF, not the naive #00FFFF: it must be used. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cmykFilesWithProfile")
    void render_cmykWithEmbeddedProfile_usesTheProfilesColours(String name, Supplier<byte[]> file) throws Exception {
        BufferedImage thumbnail = render("print.jpg", file.get());

        int[] inks = {IccProfiles.CYAN_INK, IccProfiles.MAGENTA_INK, IccProfiles.YELLOW_INK, IccProfiles.BLACK_INK, 0xFFFFFF};
        for (int p = 0; p < inks.length; p++) {
            assertClose(inks[p], patch(thumbnail, p), 20, "patch " + p);
        }
    }

    /** A mid-saturation colour, where converting and not converting differ visibly (pure primaries clip to the same value). */
    private static final int WIDE_GAMUT_COLOUR = 0xC85028;

    static Stream<Arguments> wideGamutFiles() {
        int p3 = ColourMaths.toSrgb(WIDE_GAMUT_COLOUR, ColourMaths.P3_PRIMARIES, true, 0);
        int adobe = ColourMaths.toSrgb(WIDE_GAMUT_COLOUR, ColourMaths.ADOBE_PRIMARIES, false, ColourMaths.ADOBE_GAMMA);
        return Stream.of(
                Arguments.of("display-p3.jpg", "photo.jpg", Fixtures.displayP3Jpeg(WIDE_GAMUT_COLOUR), p3),
                Arguments.of("display-p3.png", "photo.png", PngFixtures.displayP3Png(WIDE_GAMUT_COLOUR), p3),
                Arguments.of("adobe-rgb.jpg", "photo.jpg", Fixtures.adobeRgbJpeg(WIDE_GAMUT_COLOUR), adobe),
                Arguments.of("adobe-rgb.png", "photo.png", PngFixtures.adobeRgbPng(WIDE_GAMUT_COLOUR), adobe));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideGamutFiles")
    void render_wideGamutProfile_isConvertedToSrgb(String name, String key, byte[] file, int expected) throws Exception {
        BufferedImage thumbnail = render(key, file);

        int[] centre = rgb(thumbnail.getRGB(thumbnail.getWidth() / 2, thumbnail.getHeight() / 2));
        assertClose(expected, centre, 6, name);
        assertTrue(distance(WIDE_GAMUT_COLOUR, centre) > 15, "must differ from the unconverted values: " + hex(centre));
    }

    /** Design tools export P3 logos with alpha: the colour is converted and the transparency kept. */
    @Test
    void render_displayP3PngWithAlpha_convertsColourAndKeepsAlpha() throws Exception {
        BufferedImage thumbnail = render("logo.png", PngFixtures.displayP3PngWithAlpha(WIDE_GAMUT_COLOUR));

        int left = thumbnail.getRGB(thumbnail.getWidth() / 4, thumbnail.getHeight() / 2);
        assertEquals(255, left >>> 24);
        assertClose(ColourMaths.toSrgb(WIDE_GAMUT_COLOUR, ColourMaths.P3_PRIMARIES, true, 0), rgb(left), 6, "opaque half");
        assertEquals(0, thumbnail.getRGB(thumbnail.getWidth() * 3 / 4, thumbnail.getHeight() / 2) >>> 24, "transparent half");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan.jpg", "scan.png"})
    void render_greyImage_staysOneChannelGrey(String key) throws Exception {
        byte[] original = TestImages.encode(Fixtures.greyPicture(), key.endsWith("jpg") ? "jpeg" : "png");

        BufferedImage thumbnail = render(key, original);

        assertEquals(1, thumbnail.getColorModel().getNumComponents(), "grey in, grey out");
        assertEquals(200, thumbnail.getRaster().getSample(5, 5, 0), 3);
        assertEquals(60, thumbnail.getRaster().getSample(thumbnail.getWidth() / 2, thumbnail.getHeight() / 2, 0), 3);
    }

    private BufferedImage render(String key, byte[] original) throws UploadRejectedException {
        return TestImages.decode(pipeline.render(key, original).getFirst().bytes());
    }

    /** The centre of CMYK patch {@code p} in a thumbnail of a {@link CmykFixtures#CMYK_PATCHES} image. */
    private static int[] patch(BufferedImage thumbnail, int p) {
        int x = (int) ((p + 0.5) * thumbnail.getWidth() / CmykFixtures.CMYK_PATCHES.length);
        return rgb(thumbnail.getRGB(x, thumbnail.getHeight() / 2));
    }

    static void assertClose(int expected, int[] actual, int tolerance, String what) {
        int[] e = rgb(expected);
        for (int c = 0; c < 3; c++) {
            assertEquals(e[c], actual[c], tolerance, what + ": expected " + hex(e) + " got " + hex(actual));
        }
    }

    private static int distance(int rgb, int[] actual) {
        int[] e = rgb(rgb);
        return Math.max(Math.abs(e[0] - actual[0]), Math.max(Math.abs(e[1] - actual[1]), Math.abs(e[2] - actual[2])));
    }

    static int[] rgb(int rgb) {
        return new int[] {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
    }

    static String hex(int[] rgb) {
        return String.format("#%02X%02X%02X", rgb[0], rgb[1], rgb[2]);
    }
}
