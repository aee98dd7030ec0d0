package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.CmykFixtures;
import dev.thumbnailer.testkit.ColourMaths;
import dev.thumbnailer.testkit.Fixtures;
import dev.thumbnailer.testkit.IccProfiles;
import dev.thumbnailer.testkit.PngFixtures;
import dev.thumbnailer.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Colour as users see it: CMYK/YCCK prints, wide-gamut photos and logos, grey scans. JPEG fixtures
 * come in two sizes for the 200-px box: up to 400 px wide they are decoded whole by ImageIO; 1600 px
 * wide the pipeline first asks the scaled decoder, which decodes YCbCr and grey itself (applying an
 * embedded ICC profile) and refuses four-component files, which ImageIO then decodes subsampled.
 */
class ColourTest {

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(List.of(new ThumbnailSize("small", 200, 200, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 95);

    /** Patch sizes of the CMYK fixtures: 5 × 80 = 400 px wide, decoded whole; 5 × 320 = 1600 px, reduced. */
    private static final int SMALL = 80;
    private static final int LARGE = 320;

    static Stream<Arguments> cmykFiles() {
        return Stream.of(SMALL, LARGE).flatMap(patch -> {
            DecoderPath path = patch == SMALL ? DecoderPath.IMAGEIO : DecoderPath.IMAGEIO_AFTER_REFUSAL;
            return Stream.of(
                    Arguments.of("cmyk.jpg (Adobe, transform 0)", CmykFixtures.cmyk(patch), path),
                    Arguments.of("cmyk-no-adobe.jpg (component ids CMYK)", CmykFixtures.cmykWithoutAdobe(patch), path),
                    Arguments.of("ycck.jpg (Adobe, transform 2)", CmykFixtures.ycck(patch), path));
        });
    }

    /** Without a profile the reader falls back to a generic conversion: the test is "not inverted, not wildly off". */
    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("cmykFiles")
    void render_cmykWithoutProfile_givesRecognisableInkColours(String name, byte[] file, DecoderPath path) throws Exception {
        path.assertTakenBy(pipeline, file, name);

        BufferedImage thumbnail = render("print.jpg", file);

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
        return Stream.of(SMALL, LARGE).flatMap(patch -> {
            DecoderPath path = patch == SMALL ? DecoderPath.IMAGEIO : DecoderPath.IMAGEIO_AFTER_REFUSAL;
            return Stream.of(
                    Arguments.of("cmyk-press-profile.jpg", CmykFixtures.cmykWithProfile(patch), path),
                    Arguments.of("cmyk-no-adobe-press-profile.jpg", CmykFixtures.cmykWithoutAdobeWithProfile(patch), path),
                    Arguments.of("ycck-press-profile.jpg", CmykFixtures.ycckWithProfile(patch), path));
        });
    }

    /** The embedded press profile says cyan ink looks #00AEEF, not the naive #00FFFF: it must be used. */
    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("cmykFilesWithProfile")
    void render_cmykWithEmbeddedProfile_usesTheProfilesColours(String name, byte[] file, DecoderPath path) throws Exception {
        path.assertTakenBy(pipeline, file, name);

        BufferedImage thumbnail = render("print.jpg", file);

        int[] inks = {IccProfiles.CYAN_INK, IccProfiles.MAGENTA_INK, IccProfiles.YELLOW_INK, IccProfiles.BLACK_INK, 0xFFFFFF};
        for (int p = 0; p < inks.length; p++) {
            assertClose(inks[p], patch(thumbnail, p), 20, "patch " + p);
        }
    }

    /**
     * A mid-saturation colour, where converting and not converting differ visibly (pure primaries clip
     * to the same value), and a saturated green outside sRGB, whose red must clip to 0.
     */
    private static final int WIDE_GAMUT_COLOUR = 0xC85028;
    private static final int SATURATED_GREEN = 0x20C040;

    static Stream<Arguments> wideGamutFiles() {
        return Stream.of(WIDE_GAMUT_COLOUR, SATURATED_GREEN).flatMap(colour -> {
            int p3 = ColourMaths.toSrgb(colour, ColourMaths.P3_PRIMARIES, true, 0);
            int adobe = ColourMaths.toSrgb(colour, ColourMaths.ADOBE_PRIMARIES, false, ColourMaths.ADOBE_GAMMA);
            String c = String.format(" #%06X", colour);
            return Stream.of(
                    Arguments.of("display-p3.jpg" + c, "photo.jpg", Fixtures.displayP3Jpeg(colour, 200, 100), p3, DecoderPath.IMAGEIO),
                    Arguments.of("display-p3.jpg 1600 px" + c, "photo.jpg", Fixtures.displayP3Jpeg(colour, 1600, 800), p3, DecoderPath.SCALED),
                    Arguments.of("display-p3.png" + c, "photo.png", PngFixtures.displayP3Png(colour), p3, null),
                    Arguments.of("adobe-rgb.jpg" + c, "photo.jpg", Fixtures.adobeRgbJpeg(colour, 200, 100), adobe, DecoderPath.IMAGEIO),
                    Arguments.of("adobe-rgb.jpg 1600 px" + c, "photo.jpg", Fixtures.adobeRgbJpeg(colour, 1600, 800), adobe, DecoderPath.SCALED),
                    Arguments.of("adobe-rgb.png" + c, "photo.png", PngFixtures.adobeRgbPng(colour), adobe, null));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wideGamutFiles")
    void render_wideGamutProfile_isConvertedToSrgb(String name, String key, byte[] file, int expected, DecoderPath path) throws Exception {
        if (path != null) {
            path.assertTakenBy(pipeline, file, name);
        }

        BufferedImage thumbnail = render(key, file);

        int[] centre = rgb(thumbnail.getRGB(thumbnail.getWidth() / 2, thumbnail.getHeight() / 2));
        int original = name.contains("#20C040") ? SATURATED_GREEN : WIDE_GAMUT_COLOUR;
        assertClose(expected, centre, 6, name);
        assertTrue(distance(original, centre) > 15, "must differ from the unconverted values: " + hex(centre));
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
    @ValueSource(strings = {"scan.jpg", "scan.png", "large-scan.jpg"})
    void render_greyImage_staysOneChannelGrey(String key) throws Exception {
        BufferedImage picture = Fixtures.greyPicture(key.startsWith("large") ? 4 : 1);
        byte[] original = TestImages.encode(picture, key.endsWith("jpg") ? "jpeg" : "png");
        if (key.endsWith("jpg")) {
            (key.startsWith("large") ? DecoderPath.SCALED : DecoderPath.IMAGEIO).assertTakenBy(pipeline, original, key);
        }

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
