package dev.thumbnailer.image.png;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ancillary chunks: the ones used are parsed, the malformed ones are skipped as libpng and browsers skip them. */
class PngDecoderChunkTest {

    private static final PngWriter.Pixels PIXELS = (x, y) -> new int[] {x * 40, y * 60, 90};

    private static PngWriter rgb() {
        return new PngWriter(6, 4, 8, PngWriter.RGB);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sPLT without a name terminator", "tEXt without its separator", "empty tEXt", "empty zTXt", "empty unknown",
            "tEXt with a bad CRC", "empty gAMA", "empty tRNS", "iCCP of garbage", "eXIf of garbage", "acTL of 3 bytes", "empty sRGB", "pHYs of 2 bytes"})
    void decode_oneMalformedAncillaryChunk_isSkipped(String kind) throws Exception {
        PngWriter writer = rgb();
        switch (kind) {
            case "sPLT without a name terminator" -> writer.chunk("sPLT", Fixtures.latin1("palette"));
            case "tEXt without its separator" -> writer.chunk("tEXt", Fixtures.latin1("Comment"));
            case "empty tEXt" -> writer.chunk("tEXt", new byte[0]);
            case "empty zTXt" -> writer.chunk("zTXt", new byte[0]);
            case "empty unknown" -> writer.chunk("ruSt", new byte[0]);
            case "tEXt with a bad CRC" -> writer.badCrcChunk("tEXt", Fixtures.latin1("Comment\0hello"));
            case "empty gAMA" -> writer.chunk("gAMA", new byte[0]);
            case "empty tRNS" -> writer.chunk("tRNS", new byte[0]);
            case "iCCP of garbage" -> writer.chunk("iCCP", Fixtures.latin1("name\0\0garbage"));
            case "eXIf of garbage" -> writer.chunk("eXIf", Fixtures.latin1("MM\0*\0\0\0\u00FF"));
            case "acTL of 3 bytes" -> writer.chunk("acTL", new byte[3]);
            case "empty sRGB" -> writer.chunk("sRGB", new byte[0]);
            default -> writer.chunk("pHYs", new byte[2]);
        }
        byte[] clean = rgb().encode(PIXELS);

        PngImage decoded = PngDecoder.decode(writer.encode(PIXELS), 1, Fixtures.MAX_PIXELS);

        PngImage reference = PngDecoder.decode(clean, 1, Fixtures.MAX_PIXELS);
        assertArrayEquals(reference.image().getRGB(0, 0, 6, 4, null, 0, 6), decoded.image().getRGB(0, 0, 6, 4, null, 0, 6));
        assertEquals(reference.info(), decoded.info());
    }

    @ParameterizedTest(name = "orientation {0}, little-endian {1}, after IDAT {2}")
    @CsvSource({"1, true, false", "3, false, false", "6, true, true", "8, false, true", "5, true, false"})
    void probe_eXIfOrientation_isRead(int orientation, boolean littleEndian, boolean afterIdat) throws Exception {
        byte[] exif = Fixtures.exif(orientation, littleEndian);
        PngWriter writer = afterIdat ? rgb().trailing("eXIf", exif) : rgb().chunk("eXIf", exif);

        PngInfo info = PngDecoder.probe(writer.encode(PIXELS), Fixtures.MAX_PIXELS);

        assertEquals(orientation, info.orientation());
    }

    @Test
    void probe_eXIfWithJpegStyleExifPrefix_isStillRead() throws Exception {
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes(Fixtures.latin1("Exif\0\0"));
        exif.writeBytes(Fixtures.exif(6, false));

        PngInfo info = PngDecoder.probe(rgb().chunk("eXIf", exif.toByteArray()).encode(PIXELS), Fixtures.MAX_PIXELS);

        assertEquals(6, info.orientation());
    }

    @Test
    void probe_eXIfOrientationOutOfRange_isNormal() throws Exception {
        PngInfo info = PngDecoder.probe(rgb().chunk("eXIf", Fixtures.exif(9, true)).encode(PIXELS), Fixtures.MAX_PIXELS);

        assertEquals(1, info.orientation());
    }

    @Test
    void probe_colourChunks_areParsed() throws Exception {
        byte[] profile = new byte[3000];
        Arrays.fill(profile, (byte) 7);
        int[] chrm = {31270, 32900, 64000, 33000, 30000, 60000, 15000, 6000};
        java.nio.ByteBuffer c = java.nio.ByteBuffer.allocate(32);
        Arrays.stream(chrm).forEach(c::putInt);
        byte[] png = rgb().chunk("iCCP", iccp(profile)).chunk("sRGB", new byte[] {1})
                .chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F}).chunk("cHRM", c.array()).encode(PIXELS);

        PngColour colour = PngDecoder.probe(png, Fixtures.MAX_PIXELS).colour();

        assertArrayEquals(profile, colour.iccProfile().orElseThrow());
        assertEquals(1, colour.srgbIntent().orElseThrow());
        assertEquals(45455, colour.gamma().orElseThrow());
        assertArrayEquals(chrm, colour.chromaticities().orElseThrow());
    }

    @Test
    void probe_iccpInflatingPastTheCap_isNoProfile() throws Exception {
        byte[] bomb = iccp(new byte[PngColour.MAX_PROFILE_BYTES + 1]);

        PngColour colour = PngDecoder.probe(rgb().chunk("iCCP", bomb).encode(PIXELS), Fixtures.MAX_PIXELS).colour();

        assertTrue(bomb.length < 10_000);
        assertTrue(colour.iccProfile().isEmpty());
    }

    @Test
    void probe_colourChunkAfterPlte_isOutOfPlaceAndIgnored() throws Exception {
        byte[] png = new PngWriter(2, 2, 8, PngWriter.PALETTE).chunk("PLTE", new byte[3]).chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F})
                .encode((x, y) -> new int[] {0});

        PngInfo info = PngDecoder.probe(png, Fixtures.MAX_PIXELS);

        assertTrue(info.colour().isUntagged());
    }

    @Test
    void probe_acTLWithoutTheFramesItAnnounces_isAStill() throws Exception {
        PngInfo info = PngDecoder.probe(rgb().chunk("acTL", new byte[] {0, 0, 0, 12, 0, 0, 0, 3}).encode(PIXELS), Fixtures.MAX_PIXELS);

        assertEquals(1, info.frames(), "no fcTL: a broken animation shows its default image (APNG spec, error handling)");
        assertEquals(0, info.plays());
    }

    @Test
    void probe_stillPng_isOneFrameWithNoColourChunks() throws Exception {
        PngInfo info = PngDecoder.probe(rgb().encode(PIXELS), Fixtures.MAX_PIXELS);

        assertEquals(new PngInfo(6, 4, 8, 2, false, false, PngColour.NONE, 1, 1, 0, false), info);
    }

    private static byte[] iccp(byte[] profile) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(Fixtures.latin1("profile\0\0"));
        data.writeBytes(PngWriter.deflate(profile));
        return data.toByteArray();
    }
}
