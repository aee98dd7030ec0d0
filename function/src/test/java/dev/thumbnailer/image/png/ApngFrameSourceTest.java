package dev.thumbnailer.image.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thumbnailer.testkit.PngBytes;
import dev.thumbnailer.testkit.PngBytes.Apng;
import java.awt.Dimension;
import org.junit.jupiter.api.Test;

class ApngFrameSourceTest {

    static final int RED = 0xFFFF0000;
    static final int GREEN = 0xFF00FF00;
    static final int BLUE = 0xFF0000FF;
    static final int WHITE = 0xFFFFFFFF;

    /** Every pixel this ARGB colour, as RGBA samples. */
    static PngBytes.Pixels solid(int argb) {
        return (x, y) -> new int[] {argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, argb >>> 24};
    }

    static Apng rgba() {
        return new Apng(4, 4, PngBytes.RGBA);
    }

    @Test
    void frames_twoFrameAnimation_hasBothFramesWithTheirDelays() throws Exception {
        byte[] png = rgba().plays(3).frame(1, 10, solid(RED)).frame(3, 4, solid(BLUE)).encode();

        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        assertEquals(2, source.frames());
        assertEquals(3, source.plays());
        PngFrameSource.Frame first = source.next();
        assertEquals(RED, first.canvas().getRGB(2, 2));
        assertEquals(1, first.delayNum());
        assertEquals(10, first.delayDen());
        PngFrameSource.Frame second = source.next();
        assertEquals(BLUE, second.canvas().getRGB(2, 2));
        assertEquals(3, second.delayNum());
        assertEquals(4, second.delayDen());
        assertThrows(IllegalStateException.class, source::next);
    }

    @Test
    void probe_soundAnimation_reportsItsFramesAndPlays() throws Exception {
        PngInfo info = PngDecoder.probe(rgba().plays(5).frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).frame(1, 10, solid(RED)).encode(),
                Fixtures.MAX_PIXELS);

        assertEquals(3, info.frames());
        assertEquals(5, info.plays());
    }

    @Test
    void frames_delayDenominatorZero_meansHundredths() throws Exception {
        PngFrameSource source = PngDecoder.frames(rgba().frame(7, 0, solid(RED)).frame(1, 1, solid(BLUE)).encode(), Fixtures.MAX_PIXELS);

        assertEquals(100, source.next().delayDen(), "APNG spec: a 0 denominator is treated as 100");
    }

    @Test
    void frames_disposeBackground_clearsTheFrameRegionToTransparentBlack() throws Exception {
        byte[] png = rgba().frame(1, 10, solid(RED))
                .frame(1, 1, 2, 2, 1, 10, Apng.BACKGROUND, Apng.SOURCE, solid(GREEN))
                .frame(0, 0, 1, 1, 1, 10, Apng.NONE, Apng.SOURCE, solid(BLUE)).encode();
        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        source.next();
        assertEquals(GREEN, source.next().canvas().getRGB(1, 1));
        PngFrameSource.Frame third = source.next();

        assertEquals(0, third.canvas().getRGB(1, 1), "the green region was disposed to background");
        assertEquals(0, third.canvas().getRGB(2, 2));
        assertEquals(RED, third.canvas().getRGB(3, 3), "outside the disposed region");
        assertEquals(BLUE, third.canvas().getRGB(0, 0));
    }

    @Test
    void frames_disposePrevious_restoresWhatTheFrameCovered() throws Exception {
        byte[] png = rgba().frame(1, 10, solid(RED))
                .frame(0, 0, 1, 1, 1, 10, Apng.NONE, Apng.SOURCE, solid(WHITE))
                .frame(1, 1, 2, 2, 1, 10, Apng.PREVIOUS, Apng.SOURCE, solid(GREEN))
                .frame(3, 3, 1, 1, 1, 10, Apng.NONE, Apng.SOURCE, solid(BLUE)).encode();
        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        source.next();
        source.next();
        assertEquals(GREEN, source.next().canvas().getRGB(2, 2));
        PngFrameSource.Frame fourth = source.next();

        assertEquals(RED, fourth.canvas().getRGB(2, 2), "the green frame was disposed to what it covered");
        assertEquals(WHITE, fourth.canvas().getRGB(0, 0), "earlier frames kept");
        assertEquals(BLUE, fourth.canvas().getRGB(3, 3));
    }

    @Test
    void frames_firstFrameDisposePrevious_isDisposedAsBackground() throws Exception {
        byte[] png = rgba().frame(0, 0, 4, 4, 1, 10, Apng.PREVIOUS, Apng.SOURCE, solid(RED))
                .frame(0, 0, 1, 1, 1, 10, Apng.NONE, Apng.SOURCE, solid(BLUE)).encode();
        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        source.next();

        assertEquals(0, source.next().canvas().getRGB(2, 2), "PNG 3rd ed.: PREVIOUS on the first frame is BACKGROUND");
    }

    @Test
    void frames_blendOver_compositesOntoTheCanvasAndSourceReplaces() throws Exception {
        PngBytes.Pixels halfBlueLeft = (x, y) -> x < 2 ? new int[] {0, 0, 255, 128} : new int[] {0, 0, 0, 0};
        byte[] png = rgba().frame(1, 10, solid(RED))
                .frame(0, 0, 4, 4, 1, 10, Apng.NONE, Apng.OVER, halfBlueLeft)
                .frame(0, 2, 4, 2, 1, 10, Apng.NONE, Apng.SOURCE, halfBlueLeft).encode();
        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        source.next();
        PngFrameSource.Frame over = source.next();
        assertEquals(0xFF7F0080, over.canvas().getRGB(0, 0), "half blue over red: alpha 1, red 127, blue 128");
        assertEquals(RED, over.canvas().getRGB(3, 0), "a transparent source pixel leaves the canvas");
        PngFrameSource.Frame replaced = source.next();

        assertEquals(0x800000FF, replaced.canvas().getRGB(0, 3), "SOURCE replaces, alpha included");
        assertEquals(0, replaced.canvas().getRGB(3, 3));
        assertEquals(0xFF7F0080, replaced.canvas().getRGB(0, 0), "outside the region");
    }

    @Test
    void frames_defaultImageNotPartOfTheAnimation_isNotAFrame() throws Exception {
        byte[] png = rgba().hiddenDefaultImage(solid(WHITE)).frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).encode();

        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        assertEquals(2, source.frames());
        assertEquals(RED, source.next().canvas().getRGB(0, 0));
        assertEquals(BLUE, source.next().canvas().getRGB(0, 0));
        assertEquals(WHITE, PngDecoder.decode(png, 1, Fixtures.MAX_PIXELS).image().getRGB(0, 0), "a still decode is the default image");
    }

    @Test
    void frames_regionsSmallerThanTheCanvas_reportTheLargestAndTheirSum() throws Exception {
        byte[] png = rgba().frame(1, 10, solid(RED)).frame(1, 0, 3, 2, 1, 10, Apng.NONE, Apng.SOURCE, solid(BLUE)).encode();

        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        assertEquals(new Dimension(4, 4), source.largestFrame());
        assertEquals(16 + 6, source.declaredPixels());
    }

    @Test
    void frames_brokenSequenceNumbers_areTheStillDefaultImage() throws Exception {
        assertStillDefaultImage(rgba().frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).sequenceGapAt(1).encode());
    }

    @Test
    void frames_regionOutsideTheCanvas_isTheStillDefaultImage() throws Exception {
        assertStillDefaultImage(rgba().frame(1, 10, solid(RED)).frame(2, 2, 3, 3, 1, 10, Apng.NONE, Apng.SOURCE, solid(BLUE)).encode());
    }

    @Test
    void frames_numFramesNotTheNumberOfFrames_isTheStillDefaultImage() throws Exception {
        assertStillDefaultImage(rgba().frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).declaredFrames(3).encode());
        assertStillDefaultImage(rgba().frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).declaredFrames(1).encode());
    }

    @Test
    void frames_zeroFramesDeclared_isTheStillDefaultImage() throws Exception {
        assertStillDefaultImage(rgba().frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).declaredFrames(0).encode());
    }

    @Test
    void frames_firstFrameNotTheWholeCanvas_isTheStillDefaultImage() throws Exception {
        byte[] png = rgba().frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).encode();
        int fctl = PngEdits.chunk(png, "fcTL", 0);
        png[fctl + 15] = 2; // width 2 of the 4-pixel canvas

        assertStillDefaultImage(PngEdits.fixCrcs(png));
    }

    @Test
    void next_corruptDataInALaterFrame_throwsAfterTheGoodOnes() throws Exception {
        PngFrameSource source = PngDecoder.frames(rgba().frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).corruptData(1).encode(),
                Fixtures.MAX_PIXELS);

        assertEquals(RED, source.next().canvas().getRGB(0, 0));
        assertThrows(PngException.class, source::next);
    }

    @Test
    void frames_stillPng_isItsOneImage() throws Exception {
        byte[] png = new PngBytes(4, 4, 8, PngBytes.RGBA).encode(solid(GREEN));

        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        assertEquals(1, source.frames());
        assertEquals(GREEN, source.next().canvas().getRGB(3, 3));
    }

    @Test
    void frames_paletteApng_usesThePaletteAndTransparencyForEveryFrame() throws Exception {
        byte[] png = new Apng(2, 2, PngBytes.PALETTE).chunk("PLTE", new byte[] {(byte) 255, 0, 0, 0, 0, (byte) 255}).chunk("tRNS", new byte[] {(byte) 255, 0})
                .frame(1, 10, (x, y) -> new int[] {0}).frame(0, 0, 1, 1, 1, 10, Apng.NONE, Apng.SOURCE, (x, y) -> new int[] {1}).encode();
        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);

        assertEquals(RED, source.next().canvas().getRGB(1, 1));

        assertEquals(0x000000FF, source.next().canvas().getRGB(0, 0), "index 1 is transparent blue");
    }

    private static void assertStillDefaultImage(byte[] png) throws Exception {
        assertEquals(1, PngDecoder.probe(png, Fixtures.MAX_PIXELS).frames());
        assertEquals(0, PngDecoder.probe(png, Fixtures.MAX_PIXELS).plays());
        PngFrameSource source = PngDecoder.frames(png, Fixtures.MAX_PIXELS);
        assertEquals(1, source.frames());
        assertEquals(RED, source.next().canvas().getRGB(3, 3), "the default image");
        assertEquals(RED, PngDecoder.decode(png, 1, Fixtures.MAX_PIXELS).image().getRGB(3, 3));
    }
}
