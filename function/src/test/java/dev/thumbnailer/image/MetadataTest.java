package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.Containers;
import dev.thumbnailer.testkit.ExifJpegs;
import dev.thumbnailer.testkit.Fixtures;
import dev.thumbnailer.testkit.GifBytes;
import dev.thumbnailer.testkit.GifFixtures;
import dev.thumbnailer.testkit.JpegSegments;
import dev.thumbnailer.testkit.PngFixtures;
import dev.thumbnailer.testkit.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Privacy: a derivative carries pixels and the structure needed to show them, nothing of the
 * original's EXIF (GPS), XMP, IPTC, comments, text chunks or embedded thumbnails.
 */
class MetadataTest {

    private static final Set<String> STRUCTURAL_JPEG = Set.of("FFE0 JFIF", "FFDB", "FFC0", "FFC2", "FFC4", "FFDD", "FFDA");
    private static final Set<String> STRUCTURAL_PNG = Set.of("IHDR", "PLTE", "tRNS", "IDAT", "IEND", "sRGB", "gAMA", "cHRM", "sBIT", "bKGD", "pHYs");

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(
            List.of(new ThumbnailSize("small", 64, 64, FitMode.FIT), new ThumbnailSize("same", 400, 400, FitMode.FIT)), new SourceLimits(100_000_000L, 200), 85);

    /** 200 px wide the original is decoded whole by ImageIO; 1600 px wide by the scaled decoder, which reads APPn segments itself. */
    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {200, 1600})
    void render_jpegFullOfPrivateMetadata_givesSegmentsWithNoneOfIt(int width) throws Exception {
        byte[] jpeg = TestImages.jpeg(width, width / 2);
        jpeg = ExifJpegs.withExif(jpeg, ExifJpegs.tiffWithGps());
        jpeg = JpegSegments.insertAfterSoi(jpeg, 0xE1, ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"));
        jpeg = JpegSegments.insertAfterSoi(jpeg, 0xED, ascii("Photoshop 3.0\08BIM\u0004\u0004\0\0\0\0\0\u0000"));
        jpeg = JpegSegments.insertAfterSoi(jpeg, 0xFE, ascii("taken at 51.5N, 0.1W"));
        assertTrue(Containers.jpegSegments(jpeg).containsAll(List.of("FFE1 Exif", "FFE1 http://ns.adobe.com/xap/1.0/", "FFED Photoshop 3.0", "FFFE")),
                "the fixture has it all: " + Containers.jpegSegments(jpeg));
        (width == 200 ? DecoderPath.IMAGEIO : DecoderPath.SCALED).assertTakenBy(pipeline, jpeg, "holiday.jpg");

        for (Thumbnail t : pipeline.render("holiday.jpg", jpeg)) {
            List<String> segments = Containers.jpegSegments(t.bytes());
            assertTrue(STRUCTURAL_JPEG.containsAll(segments), "only structure: " + segments);
            assertEquals(1, segments.stream().filter(s -> s.startsWith("FFD8") || s.equals("FFE0 JFIF")).count());
            assertEquals(-1, indexOf(t.bytes(), "51.5N"), "no comment text anywhere in the file");
            assertEquals(1, count(t.bytes(), new byte[] {(byte) 0xFF, (byte) 0xD8}), "one SOI: no embedded thumbnail JPEG");
        }
    }

    /** The pixels are converted to sRGB, so the profile goes: a derivative that kept it would be shown wrongly. */
    @Test
    void render_iccTaggedJpegAndPng_derivativesCarryNoProfile() throws Exception {
        byte[] jpeg = Fixtures.displayP3Jpeg(0xC85028, 1600, 800);
        DecoderPath.SCALED.assertTakenBy(pipeline, jpeg, "display-p3.jpg");

        for (Thumbnail t : pipeline.render("p3.jpg", jpeg)) {
            List<String> segments = Containers.jpegSegments(t.bytes());
            assertTrue(STRUCTURAL_JPEG.containsAll(segments), "no APP2 ICC_PROFILE: " + segments);
        }
        for (Thumbnail t : pipeline.render("p3.png", PngFixtures.displayP3Png(0xC85028))) {
            List<String> chunks = Containers.pngChunks(t.bytes());
            assertTrue(STRUCTURAL_PNG.containsAll(chunks), "no iCCP: " + chunks);
        }
    }

    @Test
    void render_pngFullOfPrivateMetadata_givesChunksWithNoneOfIt() throws Exception {
        for (Thumbnail t : pipeline.render("scan.png", PngFixtures.pngWithPrivateMetadata())) {
            List<String> chunks = Containers.pngChunks(t.bytes());
            assertTrue(STRUCTURAL_PNG.containsAll(chunks), "only structure: " + chunks);
            assertEquals(-1, indexOf(t.bytes(), "my street"));
        }
    }

    @Test
    void render_gifWithCommentsAndXmp_givesOnlyFramesAndTheLoopExtension() throws Exception {
        byte[] gif = new GifBytes(GifFixtures.W, GifFixtures.H, GifFixtures.PALETTE).comment("made at home").loop(0)
                .application("XMP Data", "XMP", ascii("<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"))
                .frame(GifBytes.Frame.filled(0, 0, GifFixtures.W, GifFixtures.H, 10, 1, 0))
                .comment("second comment")
                .frame(GifBytes.Frame.filled(0, 0, 10, 10, 10, 1, 1))
                .bytes();
        assertTrue(Containers.gifBlocks(gif).containsAll(List.of("comment", "application XMP DataXMP")), Containers.gifBlocks(gif).toString());

        for (Thumbnail t : pipeline.render("anim.gif", gif)) {
            // The JDK writer puts the loop extension after the first frame's control extension; viewers accept either order.
            List<String> blocks = Containers.gifBlocks(t.bytes()).stream().sorted().toList();
            assertEquals(List.of("application NETSCAPE2.0", "extension F9", "extension F9", "image", "image"), blocks);
        }
    }

    @Test
    void render_stillGifWithComment_givesOnlyItsFrame() throws Exception {
        byte[] gif = new GifBytes(GifFixtures.W, GifFixtures.H, GifFixtures.PALETTE).comment("secret")
                .frame(GifBytes.Frame.filled(0, 0, GifFixtures.W, GifFixtures.H, 0, 0, 2)).bytes();

        for (Thumbnail t : pipeline.render("still.gif", gif)) {
            assertEquals(List.of("extension F9", "image"), Containers.gifBlocks(t.bytes()));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    private static int count(byte[] data, byte[] pattern) {
        int n = 0;
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                n++;
            }
        }
        return n;
    }
}
