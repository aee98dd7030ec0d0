package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.DecodedGif;
import dev.thumbnailer.testkit.GifFixtures;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnimatedGifTest {

    private static final List<ThumbnailSize> SIZES = List.of(
            new ThumbnailSize("half", 150, 150, FitMode.FIT), new ThumbnailSize("small", 60, 60, FitMode.FIT));

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(SIZES, new SourceLimits(100_000_000L, 200), 85);

    @Test
    void render_threeFrameAnimation_staysAnimatedWithDelaysLoopAndDisposal() throws Exception {
        List<Thumbnail> thumbnails = pipeline.render("anim.gif", GifFixtures.animated3Frames());

        for (Thumbnail thumbnail : thumbnails) {
            DecodedGif gif = DecodedGif.read(thumbnail.bytes());
            assertEquals(3, thumbnail.frames());
            assertEquals(List.of(10, 20, 30), gif.delays());
            assertEquals(0, gif.loopCount(), "loops forever, like the original");
            assertTrue(thumbnail.notes().isEmpty());
            for (DecodedGif.Frame frame : gif.frames()) {
                assertEquals(thumbnail.width(), frame.stored().getWidth(), "whole frames: each is cleared, so none can build on the last");
                assertEquals("restoreToBackgroundColor", frame.disposal(), "the source clears areas, so each full frame is cleared");
            }
        }
        DecodedGif half = DecodedGif.read(thumbnails.getFirst().bytes());
        assertEquals(150, half.image(0).getWidth());
        assertEquals(100, half.image(0).getHeight());
        assertPixel(GifFixtures.WHITE, half.image(0), 25, 25);
        assertPixel(GifFixtures.RED, half.image(1), 25, 25);
        assertPixel(GifFixtures.WHITE, half.image(1), 125, 75);
        assertTransparent(half.image(2), 25, 25, "the red patch was disposed to background: transparent");
        assertPixel(GifFixtures.GREEN, half.image(2), 125, 75);
        assertPixel(GifFixtures.WHITE, half.image(2), 75, 25);
    }

    @Test
    void render_opaqueAnimation_writesOnlyWhatChangedAfterTheFirstFrame() throws Exception {
        Thumbnail thumbnail = pipeline.render("anim.gif", GifFixtures.movingPatch()).getFirst();

        DecodedGif gif = DecodedGif.read(thumbnail.bytes());
        assertEquals(4, gif.frames().size());
        assertEquals(150, gif.stored(0).getWidth(), "the first frame is whole");
        for (int i = 1; i < 4; i++) {
            assertEquals("doNotDispose", gif.frames().get(i - 1).disposal(), "each frame stays for the next to build on");
            assertTrue(gif.stored(i).getWidth() * gif.stored(i).getHeight() < 150 * 100 / 4, "frame " + i + " is a small changed rectangle");
        }
        assertEquals(1, gif.stored(3).getWidth() * gif.stored(3).getHeight(), "nothing changed: one pixel carries the delay");
        assertPixel(GifFixtures.RED, gif.image(1), 30, 30);
        assertPixel(GifFixtures.WHITE, gif.image(1), 100, 80);
        for (int i = 2; i < 4; i++) {
            assertPixel(GifFixtures.WHITE, gif.image(i), 25, 30);
            assertPixel(GifFixtures.RED, gif.image(i), 60, 30);
            assertPixel(GifFixtures.WHITE, gif.image(i), 100, 80);
        }
        assertEquals(List.of(10, 10, 10, 10), gif.delays());
    }

    @Test
    void render_restoreToPrevious_bringsBackWhatWasUnderTheFrame() throws Exception {
        DecodedGif gif = DecodedGif.read(pipeline.render("anim.gif", GifFixtures.restorePrevious()).getFirst().bytes());

        assertPixel(GifFixtures.RED, gif.image(1), 25, 25);
        assertPixel(GifFixtures.WHITE, gif.image(2), 25, 25);
        assertPixel(GifFixtures.GREEN, gif.image(2), 125, 75);
    }

    @Test
    void render_transparentDiffFrames_showEarlierFramesThroughAndStayOpaque() throws Exception {
        DecodedGif gif = DecodedGif.read(pipeline.render("anim.gif", GifFixtures.transparentDiffFrames()).getFirst().bytes());

        assertEquals(2, gif.loopCount());
        assertPixel(GifFixtures.BLUE, gif.image(0), 100, 50);
        assertPixel(GifFixtures.RED, gif.image(1), 25, 25);
        assertPixel(GifFixtures.BLUE, gif.image(1), 100, 50);
    }

    @Test
    void render_localPalettes_keepEachFramesColours() throws Exception {
        DecodedGif gif = DecodedGif.read(pipeline.render("anim.gif", GifFixtures.localPalettes()).getFirst().bytes());

        assertNull(gif.loopCount(), "no loop extension in, none out: plays once");
        assertPixel(0xFFFF00, gif.image(0), 25, 25);
        assertPixel(0xFF00FF, gif.image(1), 25, 25);
        assertPixel(0xFFFF00, gif.image(1), 100, 75);
    }

    @Test
    void render_twoColourAnimation_keepsItsTwoColoursInEveryFrame() throws Exception {
        DecodedGif gif = DecodedGif.read(pipeline.render("flag.gif", GifFixtures.twoColourAnimation()).getFirst().bytes());

        for (int i = 0; i < 2; i++) {
            BufferedImage frame = gif.image(i);
            IndexColorModel palette = assertInstanceOf(IndexColorModel.class, gif.stored(i).getColorModel());
            assertTrue(palette.getMapSize() <= 4, "source palette reused, not re-quantised: " + palette.getMapSize());
            assertPixel(i == 0 ? GifFixtures.RED : GifFixtures.BLUE, frame, 10, 50);
            assertPixel(i == 0 ? GifFixtures.BLUE : GifFixtures.RED, frame, 140, 50);
        }
        assertEquals(List.of(50, 50), gif.delays());
    }

    @Test
    void render_singleFrameAtAnOffset_isPlacedOnItsScreen() throws Exception {
        Thumbnail thumbnail = pipeline.render("sticker.gif", GifFixtures.offsetSingleFrame()).getFirst();

        DecodedGif gif = DecodedGif.read(thumbnail.bytes());
        assertEquals(1, gif.frames().size());
        assertEquals(150, thumbnail.width(), "the screen's size, not the frame's");
        assertPixel(GifFixtures.RED, gif.image(0), 100, 50);
        assertTransparent(gif.image(0), 25, 25, "nothing drawn there");
    }

    @Test
    void render_moreFramesThanTheCap_givesAStillOfTheFirstFrameAndSaysSo() throws Exception {
        ThumbnailPipeline capped = new ThumbnailPipeline(SIZES, new SourceLimits(100_000_000L, 3), 85);

        List<Thumbnail> thumbnails = capped.render("anim.gif", GifFixtures.animatedGif(5));

        for (Thumbnail thumbnail : thumbnails) {
            assertEquals(1, DecodedGif.read(thumbnail.bytes()).frames().size());
            assertEquals(1, thumbnail.frames());
            assertEquals(1, thumbnail.notes().size());
            assertTrue(thumbnail.notes().getFirst().contains("MAX_ANIMATION_FRAMES"), thumbnail.notes().getFirst());
        }
    }
    /** MAX_SOURCE_PIXELS counts every frame: 300×200 × 3 frames = 180,000 fits a limit of exactly that... */
    @Test
    void render_animationAtExactlyThePixelLimitCountingFrames_staysAnimated() throws Exception {
        ThumbnailPipeline limited = new ThumbnailPipeline(SIZES, new SourceLimits(300 * 200 * 3, 200), 85);

        assertEquals(3, limited.render("anim.gif", GifFixtures.animated3Frames()).getFirst().frames());
    }

    /** ...and one pixel less rejects it, though each frame alone is far below the limit. */
    @Test
    void render_animationOnePixelOverTheLimitCountingFrames_isRejectedNamingTheFrames() {
        ThumbnailPipeline limited = new ThumbnailPipeline(SIZES, new SourceLimits(300 * 200 * 3 - 1, 200), 85);

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> limited.render("anim.gif", GifFixtures.animated3Frames()));

        Rejection.TooManyPixels rejection = assertInstanceOf(Rejection.TooManyPixels.class, e.rejection());
        assertEquals(List.of(300L, 200L, 3L), List.of(rejection.width(), rejection.height(), rejection.frames()));
        assertTrue(rejection.reason().contains("300x200x3 frames = 180000 pixels"), rejection.reason());
    }

    /** Above the frame cap only the first frame is decoded, so only it counts: five 300×200 frames pass a 60,000 limit as a still. */
    @Test
    void render_animationOverTheFrameCap_countsOnlyTheFirstFrameAgainstThePixelLimit() throws Exception {
        ThumbnailPipeline capped = new ThumbnailPipeline(SIZES, new SourceLimits(300 * 200, 4), 85);

        assertEquals(1, capped.render("anim.gif", GifFixtures.animatedGif(5)).getFirst().frames(), "a still of the first frame");
    }

    /** The same file under a cap it fits: all five frames are decoded, so all five count, and it is too many pixels. */
    @Test
    void render_animationUnderTheFrameCap_countsEveryFrameAgainstThePixelLimit() {
        ThumbnailPipeline uncapped = new ThumbnailPipeline(SIZES, new SourceLimits(300 * 200, 5), 85);

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> uncapped.render("anim.gif", GifFixtures.animatedGif(5)));

        assertEquals(5, assertInstanceOf(Rejection.TooManyPixels.class, e.rejection()).frames());
    }

    static void assertPixel(int rgb, BufferedImage image, int x, int y) {
        assertEquals(0xFF000000 | rgb, image.getRGB(x, y), "pixel (" + x + "," + y + ")");
    }

    static void assertTransparent(BufferedImage image, int x, int y, String why) {
        assertEquals(0, image.getRGB(x, y) >>> 24, why);
    }
}
