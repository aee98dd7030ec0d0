package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.ExifJpegs;
import dev.thumbnailer.testkit.TestImages;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThumbnailPipelineTest {

    private static final List<ThumbnailSize> DEFAULT_SIZES = List.of(
            new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT));

    private final ThumbnailPipeline pipeline = new ThumbnailPipeline(DEFAULT_SIZES, new SourceLimits(100_000_000L, 200), 85);

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "photo.jpg, jpeg, image/jpeg",
            "IMG_1.JPG, jpeg, image/jpeg",
            "scan.jpeg, jpeg, image/jpeg",
            "logo.png, png, image/png",
            "anim.GIF, gif, image/gif",
    })
    void render_eachFormat_givesEverySizeInTheSameFormat(String key, String format, String mime) throws Exception {
        byte[] original = switch (format) {
            case "jpeg" -> TestImages.jpeg(1600, 1200);
            case "png" -> TestImages.png(1600, 1200);
            default -> TestImages.gif(1600, 1200);
        };

        List<Thumbnail> thumbnails = pipeline.render(key, original);

        assertEquals(List.of("small", "medium"), thumbnails.stream().map(t -> t.size().name()).toList());
        for (Thumbnail t : thumbnails) {
            BufferedImage decoded = TestImages.decode(t.bytes());
            assertAll(
                    () -> assertEquals(format, TestImages.formatOf(t.bytes())),
                    () -> assertEquals(mime, t.contentType()),
                    () -> assertEquals(t.width(), decoded.getWidth()),
                    () -> assertEquals(t.height(), decoded.getHeight()));
        }
        assertEquals(128, thumbnails.get(0).width());
        assertEquals(96, thumbnails.get(0).height());
        assertEquals(512, thumbnails.get(1).width());
        assertEquals(384, thumbnails.get(1).height());
    }

    @Test
    void render_fillSize_givesExactlyTheBox() throws Exception {
        ThumbnailPipeline fill = new ThumbnailPipeline(List.of(new ThumbnailSize("square", 200, 200, FitMode.FILL)), new SourceLimits(100_000_000L, 200), 85);

        Thumbnail t = fill.render("wide.jpg", TestImages.jpeg(1600, 900)).getFirst();

        BufferedImage decoded = TestImages.decode(t.bytes());
        assertEquals(200, decoded.getWidth());
        assertEquals(200, decoded.getHeight());
    }

    @Test
    void render_smallOriginal_isNeverUpscaled() throws Exception {
        List<Thumbnail> thumbnails = pipeline.render("tiny.png", TestImages.png(40, 30));

        assertTrue(thumbnails.stream().allMatch(t -> t.width() == 40 && t.height() == 30));
    }

    @Test
    void render_pngWithAlpha_keepsTransparencyInsteadOfBlack() throws Exception {
        Thumbnail t = pipeline.render("logo.png", TestImages.png(800, 400)).getFirst();

        BufferedImage decoded = TestImages.decode(t.bytes());
        assertTrue(decoded.getColorModel().hasAlpha());
        int left = decoded.getRGB(10, decoded.getHeight() / 2);
        int right = decoded.getRGB(decoded.getWidth() - 10, decoded.getHeight() / 2);
        assertEquals(0xFFFF0000, left, "opaque red stays opaque red");
        assertEquals(0, right >>> 24, "transparent stays transparent");
    }

    /** Thumbnailator re-quantises indexed images and turned this red into black; every pixel must be one of the two colours. */
    @Test
    void render_twoColourGif_keepsExactlyItsTwoColours() throws Exception {
        for (Thumbnail t : pipeline.render("flag.gif", TestImages.gif(800, 400))) {
            BufferedImage decoded = TestImages.decode(t.bytes());
            assertEquals(0xFFFF0000, decoded.getRGB(10, decoded.getHeight() / 2), "red stays red, not black");
            assertEquals(0xFF0000FF, decoded.getRGB(decoded.getWidth() - 10, decoded.getHeight() / 2));
            assertEquals(Set.of(0xFFFF0000, 0xFF0000FF), distinctColours(decoded), "no blend, no new colour at the edge");
            IndexColorModel palette = assertInstanceOf(IndexColorModel.class, decoded.getColorModel());
            assertTrue(palette.getMapSize() <= 4, "the original palette is reused, not re-quantised: " + palette.getMapSize());
        }
    }

    @Test
    void render_gifWithTransparentIndex_keepsItTransparent() throws Exception {
        byte[] gif = TestImages.encode(TestImages.twoColourIndexed(800, 400, true), "gif");

        for (Thumbnail t : pipeline.render("sticker.gif", gif)) {
            BufferedImage decoded = TestImages.decode(t.bytes());
            assertEquals(0xFFFF0000, decoded.getRGB(10, decoded.getHeight() / 2));
            assertEquals(0, decoded.getRGB(decoded.getWidth() - 10, decoded.getHeight() / 2) >>> 24, "no black background");
            assertEquals(Set.of(0xFFFF0000, 0), distinctColours(decoded), "opaque red or fully transparent, nothing between");
        }
    }

    /** Every ARGB value in the image, fully transparent ones counted as 0 whatever their colour. */
    private static Set<Integer> distinctColours(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return Arrays.stream(pixels).map(p -> p >>> 24 == 0 ? 0 : p).boxed().collect(Collectors.toSet());
    }

    @Test
    void render_derivatives_carryNoOriginalMetadata() throws Exception {
        byte[] jpeg = ExifJpegs.withOrientation(TestImages.jpeg(64, 48), 1);

        Thumbnail t = pipeline.render("meta.jpg", jpeg).getFirst();

        assertFalse(ExifJpegs.hasExif(t.bytes()), "EXIF must be stripped");
    }

    @Test
    void render_imageAbovePixelLimit_isRejectedBeforeDecoding() {
        ThumbnailPipeline strict = new ThumbnailPipeline(DEFAULT_SIZES, new SourceLimits(1000, 200), 85);

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> strict.render("big.png", TestImages.png(40, 30)));

        Rejection.TooManyPixels rejection = assertInstanceOf(Rejection.TooManyPixels.class, e.rejection());
        assertEquals(40, rejection.width());
        assertEquals(30, rejection.height());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"photo.jpg", "logo.png", "anim.gif"})
    void render_truncatedFile_isRejectedAsUndecodable(String key) {
        byte[] whole = key.endsWith("jpg") ? TestImages.jpeg(400, 300) : key.endsWith("png") ? TestImages.png(400, 300) : TestImages.gif(400, 300);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> pipeline.render(key, truncated));

        assertInstanceOf(Rejection.Undecodable.class, e.rejection(), e.rejection().reason());
    }

    /** A 12 MP phone photo, encoded once: the orientation tests only tag it differently. */
    private static final byte[] PHONE_PHOTO = TestImages.jpeg(4000, 3000);

    /** The example: 4000×3000 tagged 6 fits a 128 box as 96×128. Mirrored ones too; the scaled decoder's path. */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({"1, 128, 96", "2, 128, 96", "3, 128, 96", "4, 128, 96", "5, 96, 128", "6, 96, 128", "7, 96, 128", "8, 96, 128"})
    void render_exifOrientation_sizesAfterRotation(int orientation, int width, int height) throws Exception {
        byte[] jpeg = ExifJpegs.withOrientation(PHONE_PHOTO, orientation);
        DecoderPath.SCALED.assertTakenBy(pipeline, jpeg, "4000x3000 photo");

        List<Thumbnail> thumbnails = pipeline.render("phone.jpg", jpeg);

        assertEquals(width, thumbnails.getFirst().width());
        assertEquals(height, thumbnails.getFirst().height());
        assertEquals(width * 4, thumbnails.get(1).width());
        assertEquals(height * 4, thumbnails.get(1).height());
    }
}
