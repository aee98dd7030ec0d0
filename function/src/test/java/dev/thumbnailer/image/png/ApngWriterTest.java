package dev.thumbnailer.image.png;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ApngWriterTest {

    @Test
    void finish_threeFrames_readsBackAsThreeFramesWithTheirDelaysAndPlays() throws Exception {
        byte[] apng = threeFrames(4);

        PngFrameSource source = PngDecoder.frames(apng, Fixtures.MAX_PIXELS);

        assertEquals(3, source.frames());
        assertEquals(4, source.plays());
        int[][] delays = {{1, 10}, {1, 2}, {3, 100}};
        int[] colours = {0xFFFF0000, 0x8000FF00, 0xFF0000FF};
        for (int i = 0; i < 3; i++) {
            PngFrameSource.Frame frame = source.next();
            assertEquals(delays[i][0], frame.delayNum());
            assertEquals(delays[i][1], frame.delayDen());
            assertEquals(colours[i], frame.canvas().getRGB(3, 2), "frame " + i);
        }
    }

    @Test
    void finish_readsBackThroughImageIoAsAValidPngOfTheFirstFrame() throws Exception {
        BufferedImage still = ImageIO.read(new ByteArrayInputStream(threeFrames(0)));

        assertEquals(5, still.getWidth());
        assertEquals(3, still.getHeight());
        assertEquals(0xFFFF0000, still.getRGB(1, 1));
    }

    @Test
    void finish_writesOnlyTheAnimationChunksWithRunningSequenceNumbersAndRightCrcs() throws Exception {
        byte[] apng = threeFrames(0);

        List<String> names = new ArrayList<>();
        List<Integer> sequence = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(apng);
        for (int pos = 8; pos < apng.length; ) {
            int length = b.getInt(pos);
            String name = new String(apng, pos + 4, 4, StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(apng, pos + 4, length + 4);
            assertEquals((int) crc.getValue(), b.getInt(pos + 8 + length), "CRC of " + name);
            names.add(name);
            if (name.equals("fcTL") || name.equals("fdAT")) {
                sequence.add(b.getInt(pos + 8));
            }
            pos += 12 + length;
        }

        assertEquals(List.of("IHDR", "acTL", "fcTL", "IDAT", "fcTL", "fdAT", "fcTL", "fdAT", "IEND"), names, "no metadata chunk of any kind");
        assertEquals(List.of(0, 1, 2, 3, 4), sequence);
    }

    @Test
    void finish_oneFrame_isAPlainPng() throws Exception {
        ApngWriter writer = new ApngWriter(0);
        writer.append(filled(0xFF00FF00), 1, 10);

        byte[] png = writer.finish();

        assertEquals(1, PngDecoder.probe(png, Fixtures.MAX_PIXELS).frames());
        assertEquals(-1, PngEdits.chunk(png, "acTL", 0));
        assertEquals(-1, PngEdits.chunk(png, "fcTL", 0));
        assertEquals(0xFF00FF00, ImageIO.read(new ByteArrayInputStream(png)).getRGB(4, 2));
    }

    private static byte[] threeFrames(int plays) {
        ApngWriter writer = new ApngWriter(plays);
        writer.append(filled(0xFFFF0000), 1, 10);
        writer.append(filled(0x8000FF00), 1, 2);
        writer.append(filled(0xFF0000FF), 3, 100);
        return writer.finish();
    }

    private static BufferedImage filled(int argb) {
        BufferedImage image = new BufferedImage(5, 3, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 5; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }
}
