package dev.thumbnailer.image.gif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.GifBytes;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our GIF decoder (GifStructure, GifLzwDecoder, GifCanvas): the pixels GIF encoders wrote, exactly. */
class GifDecodingTest {

    /**
     * Against the original, not the JDK reader: that one loses a row of interlaced frames 2 to 4
     * rows high (it does not skip the passes that have no rows; 7x3 interlaced shows it).
     */
    @ParameterizedTest(name = "{0}x{1}, {2} colours, interlaced {3}")
    @CsvSource({
            "1, 1, 2, false", "1, 1, 2, true", "7, 3, 4, true", "16, 9, 16, true", "33, 17, 256, true", "300, 200, 256, false",
            "640, 480, 256, true", "1, 500, 2, false", "1, 500, 256, true", "4000, 2, 16, false"})
    void decode_jdkWrittenGif_givesTheOriginalPixels(int width, int height, int colours, boolean interlaced) throws Exception {
        BufferedImage original = indexed(width, height, colours, new Random(width * 7919L + height));
        byte[] gif = jdkGif(original, interlaced);

        assertArrayEquals(argb(original), firstFrame(gif));
    }

    /** Long runs make strings far longer than narrow rows: they must wrap from row to row. */
    @Test
    void decode_flatNarrowFrame_wrapsLongStringsAcrossRows() throws Exception {
        BufferedImage original = indexed(3, 2000, 2, null);
        byte[] gif = jdkGif(original, false);

        assertArrayEquals(argb(original), firstFrame(gif));
    }

    @ParameterizedTest(name = "{0} colours")
    @CsvSource({"2", "16", "256"})
    void decode_ourEncodersOutput_givesBackEveryIndex(int colours) throws Exception {
        BufferedImage original = indexed(301, 199, colours, new Random(colours));
        byte[] indices = ((java.awt.image.DataBufferByte) original.getRaster().getDataBuffer()).getData();
        GifSequenceWriter writer = new GifSequenceWriter(Optional.empty());
        writer.append(new IndexedFrame(0, 0, 301, 199, indices.clone(), (IndexColorModel) original.getColorModel()), 0, false);

        assertArrayEquals(argb(original), firstFrame(writer.finish()));
    }

    @Test
    void decode_dataEndingEarly_leavesTheRestUndrawn() throws Exception {
        byte[] gif = gif(new byte[] {0x02, 0x02, (byte) 0x44, 0x01, 0x00}); // clear, 1, end: one red pixel of 4x2

        int[] pixels = firstFrame(gif);

        assertEquals(0xFFFF0000, pixels[0]);
        assertEquals(0, pixels[1] >>> 24, "not drawn: still the transparent canvas");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "code beyond the table | 02 02 C4 01 00",
            "minimum code size 0 | 00 02 04 01 00",
            "minimum code size 9 | 09 02 04 01 00",
            "file ends inside the data | 02 05 44 01 02"})
    void decode_brokenData_isUndecodable(String why, String hex) {
        byte[] gif = gif(HexFormat.ofDelimiter(" ").parseHex(hex));

        assertThrows(GifException.class, () -> firstFrame(gif), why);
    }

    @Test
    void decode_frameOverflowingTheCanvas_isClipped() throws Exception {
        byte[] gif = new GifBytes(10, 10, 0xFF0000, 0x00FF00).frame(GifBytes.Frame.filled(0, 0, 10, 10, 0, 0, 0))
                .frame(GifBytes.Frame.filled(8, 8, 40, 40, 0, 0, 1)).bytes();
        GifFrameSource source = GifFrameSource.open(gif, 2);
        source.next();

        BufferedImage canvas = source.next().canvas();

        assertEquals(0xFF00FF00, canvas.getRGB(9, 9));
        assertEquals(0xFFFF0000, canvas.getRGB(7, 9));
    }

    @Test
    void structure_readsLoopCountTimingDisposalAndTransparency() throws Exception {
        byte[] gif = new GifBytes(20, 10, 0xFF0000, 0x00FF00).comment("hi").loop(7)
                .frame(new GifBytes.Frame(0, 0, 20, 10, 25, 2, 1, null, (x, y) -> 0))
                .application("XMP Data", "XMP", new byte[] {1, 2, 3})
                .frame(new GifBytes.Frame(3, 4, 5, 6, 0, 3, -1, new int[] {0x0000FF, 0xFFFFFF, 0, 0}, (x, y) -> 1))
                .bytes();

        GifStructure structure = GifStructure.read(gif, 5);

        assertEquals(Optional.of(7), structure.loopCount());
        assertEquals(2, structure.images().size());
        GifFrame first = structure.images().get(0).frame();
        assertEquals(new GifFrame(new Rectangle(0, 0, 20, 10), 25, GifFrame.Disposal.CLEAR, 1), first);
        GifStructure.Image second = structure.images().get(1);
        assertEquals(new GifFrame(new Rectangle(3, 4, 5, 6), 0, GifFrame.Disposal.RESTORE_PREVIOUS, -1), second.frame());
        assertEquals(0x0000FF, second.palette().getRGB(0) & 0xFFFFFF, "its local table");
        assertTrue(structure.images().get(0).palette().getTransparentPixel() == 1);
    }

    private static int[] firstFrame(byte[] gif) throws GifException {
        GifFrameSource.probe(gif, 10);
        return argb(GifFrameSource.open(gif, 1).next().canvas());
    }

    /** A 4x2 GIF, one red-and-green palette, whose only frame has these LZW bytes (min code size, sub-blocks, terminator). */
    private static byte[] gif(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'G', 'I', 'F', '8', '9', 'a', 4, 0, 2, 0, (byte) 0x80, 0, 0});
        out.writeBytes(new byte[] {(byte) 0xFF, 0, 0, 0, (byte) 0xFF, 0});
        out.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, 4, 0, 2, 0, 0});
        out.writeBytes(data);
        out.write(0x3B);
        return out.toByteArray();
    }

    /** Random indices, or with no random source one flat colour. */
    private static BufferedImage indexed(int width, int height, int colours, Random random) {
        byte[] r = new byte[colours];
        byte[] g = new byte[colours];
        byte[] b = new byte[colours];
        for (int i = 0; i < colours; i++) {
            r[i] = (byte) (i * 37);
            g[i] = (byte) (255 - i);
            b[i] = (byte) (i * 11 + 5);
        }
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(colours - 1));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, new IndexColorModel(bits, colours, r, g, b));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int runs = random == null ? 0 : (x / 3 + y) % 5 == 0 ? random.nextInt(colours) : (x + y) % colours;
                image.getRaster().setSample(x, y, 0, runs);
            }
        }
        return image;
    }

    private static byte[] jdkGif(BufferedImage image, boolean interlaced) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(interlaced ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int[] argb(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
