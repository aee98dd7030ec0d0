package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thumbnailer.testkit.Fixtures;
import dev.thumbnailer.testkit.PngBytes;
import dev.thumbnailer.testkit.PngFixtures;
import dev.thumbnailer.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Transparency, palettes, bit depths and progressive encodings: read right, reduced right, alpha kept. */
class PixelFormatsTest {

    /** 200×100 sources become 100×50: each quadrant is 50×25, sampled well inside. */
    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(List.of(new ThumbnailSize("half", 100, 100, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 90);

    @Test
    void render_transparentPalettePng_keepsColoursAndEveryAlphaLevel() throws Exception {
        BufferedImage t = render("logo.png", PngFixtures.transparentPalettePng());

        assertEquals(0xFFFF0000, t.getRGB(12, 6), "opaque red");
        assertEquals(0xFF00FF00, t.getRGB(87, 6), "opaque green");
        int blue = t.getRGB(12, 43);
        assertEquals(128, blue >>> 24, 2, "half-transparent blue keeps its alpha");
        assertEquals(0x0000FF, blue & 0xFFFFFF, "and its colour");
        assertEquals(0, t.getRGB(87, 43) >>> 24, "tRNS alpha 0 stays transparent, not black or white");
    }

    @Test
    void render_interlacedPng_isReadCompletely() throws Exception {
        BufferedImage t = render("adam7.png", PngFixtures.interlacedPng());

        assertEquals(0xFFFF0000, t.getRGB(12, 6));
        assertEquals(0xFF00FF00, t.getRGB(87, 6));
        assertEquals(128, t.getRGB(12, 43) >>> 24, 2);
        assertEquals(0, t.getRGB(87, 43) >>> 24);
    }

    @ParameterizedTest(name = "colour type {0}")
    @CsvSource({"2, FFFF8000, FF0000FF", "6, FFFF8000, 00000000"})
    void render_sixteenBitColourPng_isReducedToTheSameEightBitColours(int colourType, String left, String right) throws Exception {
        BufferedImage t = render("deep.png", PngFixtures.sixteenBitPng(colourType));

        assertEquals((int) Long.parseLong(left, 16), t.getRGB(25, 25));
        int expectedRight = (int) Long.parseLong(right, 16);
        assertEquals(expectedRight >>> 24, t.getRGB(75, 25) >>> 24, "alpha");
        if (expectedRight >>> 24 != 0) {
            assertEquals(expectedRight, t.getRGB(75, 25));
        }
    }

    @Test
    void render_sixteenBitGreyPng_staysGreyWithTheSameLevels() throws Exception {
        BufferedImage t = render("deep.png", PngFixtures.sixteenBitPng(PngBytes.GREY));

        assertEquals(1, t.getColorModel().getNumComponents());
        assertEquals(200, t.getRaster().getSample(25, 25, 0));
        assertEquals(60, t.getRaster().getSample(75, 25, 0));
    }

    @Test
    void render_sixteenBitGreyAlphaPng_keepsLevelAndAlpha() throws Exception {
        BufferedImage t = render("deep.png", PngFixtures.sixteenBitPng(PngBytes.GREY_ALPHA));

        assertEquals(0xFFC8C8C8, t.getRGB(25, 25), "grey 200, opaque");
        assertEquals(0, t.getRGB(75, 25) >>> 24, "transparent");
    }

    /** 640×480 goes to the scaled decoder (1/4), 160×120 is decoded whole by ImageIO: both must read every scan. */
    @ParameterizedTest(name = "{0}x{1}, {2}")
    @CsvSource({"640, 480, SCALED", "160, 120, IMAGEIO"})
    void render_progressiveJpeg_isReadCompletely(int width, int height, DecoderPath path) throws Exception {
        byte[] jpeg = Fixtures.progressiveJpeg(width, height);
        path.assertTakenBy(pipeline, jpeg, "progressive.jpg");

        BufferedImage t = render("progressive.jpg", jpeg);

        assertEquals(100, t.getWidth());
        assertEquals(75, t.getHeight());
        // The gradient runs from (200,40,40) top-left to (40,40,200) bottom-right: both ends must be there.
        ColourTest.assertClose(0xC42A2C, ColourTest.rgb(t.getRGB(1, 1)), 16, "top-left");
        ColourTest.assertClose(0x2C2AC4, ColourTest.rgb(t.getRGB(98, 73)), 16, "bottom-right");
    }

    private BufferedImage render(String key, byte[] original) throws UploadRejectedException {
        return TestImages.decode(pipeline.render(key, original).getFirst().bytes());
    }
}
