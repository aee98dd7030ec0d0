package dev.thumbnailer.bench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.config.SizeListParser;
import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.Thumbnail;
import dev.thumbnailer.image.ThumbnailPipeline;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/** Small versions of the corpus recipes: the files must be what the benchmark says they are. */
class CorpusFilesTest {

    private static BufferedImage photo(int w, int h) {
        BufferedImage image = PhotoPainter.paint(w, h, 7, BufferedImage.TYPE_INT_RGB);
        Grain.apply(image, 7, 14, 10);
        return image;
    }

    @Test
    void exifOrientation_six_isHonouredByThePipeline() throws Exception {
        byte[] jpeg = ExifOrientation.insert(ImageFiles.jpeg(photo(400, 300), 0.9f, false), 6);

        List<Thumbnail> thumbnails = new ThumbnailPipeline(SizeListParser.parse("small=128x128", new ArrayList<>()), new SourceLimits(SettingsParser.DEFAULT_MAX_SOURCE_PIXELS, 10), 85).render("x.jpg", jpeg);

        assertEquals(96, thumbnails.getFirst().width(), "stored 400x300, displayed 300x400");
        assertEquals(128, thumbnails.getFirst().height());
    }

    @Test
    void progressiveJpeg_hasSeveralScans() throws Exception {
        byte[] jpeg = ImageFiles.jpeg(photo(64, 48), 0.9f, true);

        int scans = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            scans += (jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xDA ? 1 : 0;
        }

        assertTrue(scans > 1, "scans: " + scans);
    }

    @Test
    void animatedGif_keepsEveryFrameAndTheFullPalette() throws Exception {
        BufferedImage frame = Palette332.toIndexed(photo(48, 27));
        byte[] gif = ImageFiles.gif(List.of(frame, frame, frame), 5);

        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
        }
        assertEquals(256, Palette332.MODEL.getMapSize());
    }

    @Test
    void alphaMask_makesCornersClearAndCentreOpaque() {
        BufferedImage argb = AlphaMask.apply(PhotoPainter.paint(100, 80, 1, BufferedImage.TYPE_INT_ARGB));

        assertEquals(0, argb.getRGB(0, 0) >>> 24);
        assertEquals(255, argb.getRGB(50, 40) >>> 24);
    }
}
