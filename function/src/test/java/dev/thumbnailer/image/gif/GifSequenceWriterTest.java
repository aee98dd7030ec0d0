package dev.thumbnailer.image.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.thumbnailer.testkit.Containers;
import dev.thumbnailer.testkit.DecodedGif;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our GIF encoder, read back by the JDK's decoder: every index, colour, delay and extension exactly. */
class GifSequenceWriterTest {

    @ParameterizedTest(name = "{0} colours, {1}x{2}, {3}")
    @CsvSource({
            "2, 1, 1, noise", "2, 300, 200, noise", "3, 64, 64, noise", "4, 257, 129, noise", "16, 500, 400, noise",
            "256, 1, 1, noise", "256, 640, 480, noise", "256, 33, 1000, noise",
            "2, 1000, 1000, flat", "256, 1000, 1000, flat", "256, 700, 500, stripes", "16, 512, 512, gradient",
            "128, 4096, 3, gradient"})
    void write_pixels_decodeToTheSameIndicesAndPalette(int colours, int width, int height, String pattern) {
        IndexColorModel palette = palette(colours, -1, 7);
        IndexedFrame frame = frame(width, height, palette, pattern(pattern, colours, width));

        DecodedGif gif = DecodedGif.read(write(Optional.empty(), new Appended(frame, 0, false)));

        assertEquals(1, gif.frames().size());
        assertIndicesAndColours(frame, gif.stored(0));
        assertNull(gif.loopCount(), "no loop extension unless asked");
    }

    @Test
    void write_animation_keepsDelaysDisposalLoopAndEachFramesPalette() {
        IndexColorModel first = palette(4, -1, 1);
        IndexColorModel second = palette(16, 15, 2);
        List<Appended> frames = List.of(
                new Appended(frame(40, 30, first, pattern("noise", 4, 40)), 7, false),
                new Appended(frame(40, 30, second, pattern("stripes", 16, 40)), 0, true),
                new Appended(frame(40, 30, first, pattern("gradient", 4, 40)), 65535, false));

        DecodedGif gif = DecodedGif.read(write(Optional.of(3), frames.toArray(Appended[]::new)));

        assertEquals(List.of(7, 0, 65535), gif.delays());
        assertEquals(List.of("doNotDispose", "restoreToBackgroundColor", "doNotDispose"), gif.frames().stream().map(DecodedGif.Frame::disposal).toList());
        assertEquals(3, gif.loopCount());
        for (int i = 0; i < frames.size(); i++) {
            assertIndicesAndColours(frames.get(i).frame(), gif.stored(i));
            assertEquals(0, gif.frames().get(i).left());
            assertEquals(0, gif.frames().get(i).top());
        }
        assertEquals(15, ((IndexColorModel) gif.stored(1).getColorModel()).getTransparentPixel());
        assertEquals(0, gif.stored(1).getRGB(39, 10) >>> 24, "index 15 is transparent in the second frame");
    }

    @Test
    void write_changedRectangle_isPlacedAtItsOffsetOverThePreviousFrame() {
        IndexColorModel palette = palette(4, -1, 5);
        IndexedFrame whole = frame(30, 20, palette, (x, y) -> 0);
        IndexedFrame patch = new IndexedFrame(7, 11, 3, 2, new byte[] {1, 2, 3, 3, 2, 1}, palette);

        DecodedGif gif = DecodedGif.read(write(Optional.of(0), new Appended(whole, 5, false), new Appended(patch, 6, false)));

        assertEquals(7, gif.frames().get(1).left());
        assertEquals(11, gif.frames().get(1).top());
        assertIndicesAndColours(patch, gif.stored(1));
        assertEquals(palette.getRGB(2), gif.image(1).getRGB(8, 11), "inside the patch");
        assertEquals(palette.getRGB(0), gif.image(1).getRGB(6, 11), "left of it: the first frame, kept");
        assertEquals(palette.getRGB(0), gif.image(1).getRGB(29, 19));
    }

    @Test
    void write_loopForever_writesLoopCountZero() {
        IndexedFrame frame = frame(8, 8, palette(2, -1, 3), pattern("noise", 2, 8));

        DecodedGif gif = DecodedGif.read(write(Optional.of(0), new Appended(frame, 10, false), new Appended(frame, 10, false)));

        assertEquals(0, gif.loopCount());
        assertEquals(2, gif.frames().size());
    }

    @Test
    void write_stillFrame_hasOnlyAControlExtensionAndTheImage() {
        IndexedFrame frame = frame(8, 8, palette(2, 1, 3), pattern("noise", 2, 8));

        byte[] gif = write(Optional.empty(), new Appended(frame, 0, false));

        assertEquals(List.of("extension F9", "image"), Containers.gifBlocks(gif));
    }

    private record Appended(IndexedFrame frame, int delay, boolean clear) {
    }

    private static byte[] write(Optional<Integer> loop, Appended... frames) {
        GifSequenceWriter writer = new GifSequenceWriter(loop);
        for (Appended a : frames) {
            writer.append(a.frame(), a.delay(), a.clear());
        }
        return writer.finish();
    }

    private static void assertIndicesAndColours(IndexedFrame expected, BufferedImage decoded) {
        IndexColorModel palette = assertInstanceOf(IndexColorModel.class, decoded.getColorModel());
        assertEquals(expected.width(), decoded.getWidth());
        assertEquals(expected.height(), decoded.getHeight());
        int[] indices = decoded.getRaster().getSamples(0, 0, expected.width(), expected.height(), 0, (int[]) null);
        int[] wanted = new int[indices.length];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = expected.indices()[i] & 0xFF;
        }
        assertArrayEquals(wanted, indices, "palette indices");
        for (int i = 0; i < expected.palette().getMapSize(); i++) {
            assertEquals(expected.palette().getRGB(i) & 0xFFFFFF, palette.getRGB(i) & 0xFFFFFF, "palette entry " + i);
        }
        assertEquals(expected.palette().getTransparentPixel(), palette.getTransparentPixel());
    }

    private static IndexedFrame frame(int width, int height, IndexColorModel palette, IntBinaryOperator pixel) {
        byte[] indices = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                indices[y * width + x] = (byte) pixel.applyAsInt(x, y);
            }
        }
        return new IndexedFrame(0, 0, width, height, indices, palette);
    }

    /** Noise defeats the dictionary (code width and table resets); flat runs grow the longest strings. */
    private static IntBinaryOperator pattern(String name, int colours, int width) {
        Random random = new Random(colours * 31L + width);
        return switch (name) {
            case "noise" -> (x, y) -> random.nextInt(colours);
            case "flat" -> (x, y) -> colours - 1;
            case "stripes" -> (x, y) -> (x / 3 + y / 5) % colours;
            case "gradient" -> (x, y) -> (x * colours / width + (random.nextInt(8) == 0 ? 1 : 0)) % colours;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static IndexColorModel palette(int colours, int transparent, long seed) {
        Random random = new Random(seed);
        List<Integer> rgbs = new ArrayList<>();
        while (rgbs.size() < colours) {
            int rgb = random.nextInt(1 << 24);
            if (!rgbs.contains(rgb)) {
                rgbs.add(rgb);
            }
        }
        byte[] r = new byte[colours];
        byte[] g = new byte[colours];
        byte[] b = new byte[colours];
        for (int i = 0; i < colours; i++) {
            r[i] = (byte) (rgbs.get(i) >> 16);
            g[i] = (byte) (rgbs.get(i) >> 8);
            b[i] = (byte) (int) rgbs.get(i);
        }
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(colours - 1));
        return transparent >= 0 ? new IndexColorModel(bits, colours, r, g, b, transparent) : new IndexColorModel(bits, colours, r, g, b);
    }
}
