package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.image.png.PngDecoder;
import dev.thumbnailer.image.png.PngFrameSource;
import dev.thumbnailer.testkit.PngBytes;
import dev.thumbnailer.testkit.PngBytes.Apng;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnimatedPngTest {

    private static final List<ThumbnailSize> SIZES = List.of(
            new ThumbnailSize("half", 150, 150, FitMode.FIT), new ThumbnailSize("small", 60, 60, FitMode.FIT));
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;
    private static final int WHITE = 0xFFFFFFFF;
    private static final long MAX = 100_000_000L;

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(SIZES, new SourceLimits(MAX, 200), 85);

    /** 300×200: red, then a blue patch over the bottom-right quarter (blend OVER, dispose NONE). */
    private static Apng redThenBluePatch() {
        return new Apng(300, 200, PngBytes.RGBA).frame(1, 10, solid(RED))
                .frame(150, 100, 150, 100, 1, 2, Apng.NONE, Apng.OVER, solid(BLUE));
    }

    @Test
    void render_twoFrameApng_staysAnimatedWithBothFramesAndTheirDelays() throws Exception {
        List<Thumbnail> thumbnails = pipeline.render("anim.png", redThenBluePatch().encode());

        for (Thumbnail thumbnail : thumbnails) {
            assertEquals(ImageFormat.PNG, thumbnail.format());
            assertEquals(2, thumbnail.frames());
            assertEquals(2, PngDecoder.probe(thumbnail.bytes(), MAX).frames(), "an APNG, not a still of its default image");
            assertTrue(thumbnail.notes().isEmpty());
        }
        PngFrameSource half = PngDecoder.frames(thumbnails.getFirst().bytes(), MAX);
        PngFrameSource.Frame first = half.next();
        assertEquals(150, first.canvas().getWidth());
        assertEquals(100, first.canvas().getHeight());
        assertEquals(List.of(1, 10), List.of(first.delayNum(), first.delayDen()));
        assertEquals(RED, first.canvas().getRGB(125, 75));
        PngFrameSource.Frame second = half.next();
        assertEquals(List.of(1, 2), List.of(second.delayNum(), second.delayDen()));
        assertEquals(BLUE, second.canvas().getRGB(125, 75));
        assertEquals(RED, second.canvas().getRGB(25, 25));
        assertEquals(RED, ImageIO.read(new ByteArrayInputStream(thumbnails.getFirst().bytes())).getRGB(125, 75),
                "a reader without APNG shows the first frame");
    }

    @ParameterizedTest(name = "num_plays={0}")
    @ValueSource(ints = {0, 3})
    void render_loopCount_isKept(int plays) throws Exception {
        Thumbnail thumbnail = pipeline.render("anim.png", redThenBluePatch().plays(plays).encode()).getFirst();

        assertEquals(plays, PngDecoder.probe(thumbnail.bytes(), MAX).plays(), "0 plays forever");
    }

    @Test
    void render_defaultImageNotPartOfTheAnimation_isNotAFrameOfTheThumbnail() throws Exception {
        byte[] png = new Apng(300, 200, PngBytes.RGBA).hiddenDefaultImage(solid(WHITE)).frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).encode();

        Thumbnail thumbnail = pipeline.render("anim.png", png).getFirst();

        PngFrameSource frames = PngDecoder.frames(thumbnail.bytes(), MAX);
        assertEquals(2, frames.frames());
        assertEquals(RED, frames.next().canvas().getRGB(10, 10));
        assertEquals(BLUE, frames.next().canvas().getRGB(10, 10));
    }

    /** One frame and a hidden default image: browsers show the frame, so the thumbnail is a still of it. */
    @Test
    void render_oneFrameWithTheDefaultImageHidden_isAStillOfThatFrame() throws Exception {
        byte[] png = new Apng(300, 200, PngBytes.RGBA).hiddenDefaultImage(solid(WHITE))
                .frame(0, 0, 150, 100, 1, 10, Apng.NONE, Apng.SOURCE, solid(RED)).encode();

        Thumbnail thumbnail = pipeline.render("anim.png", png).getFirst();

        assertEquals(1, thumbnail.frames());
        assertEquals(List.of("IHDR", "IDAT", "IEND"), distinctChunks(thumbnail.bytes()));
        BufferedImage still = ImageIO.read(new ByteArrayInputStream(thumbnail.bytes()));
        assertEquals(RED, still.getRGB(25, 25));
        assertEquals(0, still.getRGB(125, 75) >>> 24, "outside the frame the canvas is transparent, not the default image");
    }

    @Test
    void render_moreFramesThanTheCap_givesAStillOfTheDefaultImageAndSaysSo() throws Exception {
        ThumbnailPipeline capped = new ThumbnailPipeline(SIZES, new SourceLimits(MAX, 2), 85);
        byte[] png = new Apng(300, 200, PngBytes.RGBA).hiddenDefaultImage(solid(WHITE))
                .frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE)).frame(1, 10, solid(RED)).encode();

        for (Thumbnail thumbnail : capped.render("anim.png", png)) {
            assertEquals(1, thumbnail.frames());
            assertEquals(1, PngDecoder.probe(thumbnail.bytes(), MAX).frames());
            assertEquals(WHITE, ImageIO.read(new ByteArrayInputStream(thumbnail.bytes())).getRGB(10, 10), "the default image");
            assertEquals(List.of("animation has more than 2 frames (MAX_ANIMATION_FRAMES): the thumbnail is a still of its default image"),
                    thumbnail.notes());
        }
    }

    /** MAX_SOURCE_PIXELS counts every frame: 300×200 × 2 frames = 120,000 fits a limit of exactly that... */
    @Test
    void render_apngAtExactlyThePixelLimitCountingFrames_staysAnimated() throws Exception {
        ThumbnailPipeline limited = new ThumbnailPipeline(SIZES, new SourceLimits(300 * 200 * 2, 200), 85);

        assertEquals(2, limited.render("anim.png", redThenBluePatch().encode()).getFirst().frames());
    }

    /** ...and one pixel less rejects it before a frame is decoded, though each frame alone is far below the limit. */
    @Test
    void render_apngOnePixelOverTheLimitCountingFrames_isRejectedNamingTheFrames() {
        ThumbnailPipeline limited = new ThumbnailPipeline(SIZES, new SourceLimits(300 * 200 * 2 - 1, 200), 85);

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> limited.render("anim.png", redThenBluePatch().encode()));

        Rejection.TooManyPixels rejection = assertInstanceOf(Rejection.TooManyPixels.class, e.rejection());
        assertEquals(List.of(300L, 200L, 2L), List.of(rejection.width(), rejection.height(), rejection.frames()));
    }

    /** APNG spec, error handling: an animation found broken before it starts shows the default image. */
    @Test
    void render_brokenSequenceNumbers_isAStillOfTheDefaultImage() throws Exception {
        Thumbnail thumbnail = pipeline.render("anim.png", redThenBluePatch().sequenceGapAt(1).encode()).getFirst();

        assertEquals(1, thumbnail.frames());
        assertEquals(List.of("IHDR", "IDAT", "IEND"), distinctChunks(thumbnail.bytes()));
        assertEquals(RED, ImageIO.read(new ByteArrayInputStream(thumbnail.bytes())).getRGB(125, 75));
    }

    @Test
    void render_frameRegionOutsideTheCanvas_isAStillOfTheDefaultImage() throws Exception {
        byte[] png = new Apng(300, 200, PngBytes.RGBA).frame(1, 10, solid(RED))
                .frame(200, 100, 150, 100, 1, 2, Apng.NONE, Apng.SOURCE, solid(BLUE)).encode();

        Thumbnail thumbnail = pipeline.render("anim.png", png).getFirst();

        assertEquals(1, thumbnail.frames());
        assertEquals(RED, ImageIO.read(new ByteArrayInputStream(thumbnail.bytes())).getRGB(125, 75));
    }

    @Test
    void render_corruptDataInALaterFrame_keepsTheFramesBeforeItAndSaysSo() throws Exception {
        byte[] png = redThenBluePatch().frame(1, 10, solid(WHITE)).frame(1, 10, solid(RED)).corruptData(2).encode();

        Thumbnail thumbnail = pipeline.render("anim.png", png).getFirst();

        assertEquals(2, thumbnail.frames());
        assertEquals(2, PngDecoder.probe(thumbnail.bytes(), MAX).frames());
        assertEquals(1, thumbnail.notes().size());
        assertTrue(thumbnail.notes().getFirst().startsWith("only the first 2 of 4 frames kept"), thumbnail.notes().getFirst());
    }

    @Test
    void render_corruptDataInTheFirstFrame_isUndecodable() {
        byte[] png = new Apng(300, 200, PngBytes.RGBA).hiddenDefaultImage(solid(WHITE)).frame(1, 10, solid(RED)).frame(1, 10, solid(BLUE))
                .corruptData(0).encode();

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> pipeline.render("anim.png", png));

        assertInstanceOf(Rejection.Undecodable.class, e.rejection());
    }

    @Test
    void render_apngWithTextExifAndProfile_writesNoMetadataChunk() throws Exception {
        byte[] png = redThenBluePatch().chunk("tEXt", "Comment\0secret".getBytes(StandardCharsets.ISO_8859_1))
                .chunk("eXIf", exifOrientation(1)).chunk("iCCP", iccp(ColorSpace.CS_LINEAR_RGB)).encode();

        for (Thumbnail thumbnail : pipeline.render("anim.png", png)) {
            assertEquals(List.of("IHDR", "acTL", "fcTL", "IDAT", "fdAT", "IEND"), distinctChunks(thumbnail.bytes()));
        }
    }

    /** eXIf orientation 6 (turn 90° clockwise), as for stills: the 300×200 canvas becomes a 100×150 thumbnail, every frame turned. */
    @Test
    void render_exifOrientation_turnsEveryFrameUpright() throws Exception {
        byte[] png = redThenBluePatch().chunk("eXIf", exifOrientation(6)).encode();

        PngFrameSource frames = PngDecoder.frames(pipeline.render("anim.png", png).getFirst().bytes(), MAX);

        BufferedImage first = frames.next().canvas();
        assertEquals(List.of(100, 150), List.of(first.getWidth(), first.getHeight()));
        BufferedImage second = frames.next().canvas();
        assertEquals(BLUE, second.getRGB(25, 125), "the stored bottom-right patch is at the bottom left once turned");
        assertEquals(RED, second.getRGB(75, 25));
    }

    /** A linear-RGB profile (iCCP) is applied to every frame, as to a still: linear 50% grey is sRGB ~188. */
    @Test
    void render_iccProfile_isAppliedToEveryFrame() throws Exception {
        int grey = 0xFF808080;
        byte[] png = new Apng(300, 200, PngBytes.RGBA).chunk("iCCP", iccp(ColorSpace.CS_LINEAR_RGB))
                .frame(1, 10, solid(grey)).frame(0, 0, 150, 100, 1, 10, Apng.NONE, Apng.SOURCE, solid(grey)).encode();

        PngFrameSource frames = PngDecoder.frames(pipeline.render("anim.png", png).getFirst().bytes(), MAX);

        for (int i = 0; i < 2; i++) {
            int green = frames.next().canvas().getRGB(10, 10) >> 8 & 0xFF;
            assertTrue(Math.abs(green - 188) <= 3, "frame " + i + ": " + green);
        }
    }

    private static PngBytes.Pixels solid(int argb) {
        return (x, y) -> new int[] {argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, argb >>> 24};
    }

    /** Chunk names, each once, in the order they first appear. */
    private static List<String> distinctChunks(byte[] png) {
        List<String> names = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        for (int pos = 8; pos + 8 <= png.length; pos += 12 + b.getInt(pos)) {
            String name = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A big-endian TIFF structure (what eXIf holds) with one Orientation entry. */
    private static byte[] exifOrientation(int orientation) {
        return ByteBuffer.allocate(26).put("MM".getBytes(StandardCharsets.ISO_8859_1)).putShort((short) 42).putInt(8)
                .putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0).array();
    }

    private static byte[] iccp(int space) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes("profile\0\0".getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(PngBytes.deflate(ICC_Profile.getInstance(space).getData()));
        return data.toByteArray();
    }
}
