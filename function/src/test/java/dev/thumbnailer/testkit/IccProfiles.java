package dev.thumbnailer.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds small ICC v2 profiles in code (ICC.1:2001-04), because Display P3, Adobe RGB and press
 * CMYK profiles are not shipped with the JDK and we commit no binary fixtures: matrix/TRC display
 * profiles for the RGB spaces, a lut8 output profile for CMYK.
 */
public final class IccProfiles {

    /** What each process ink of {@link #pressCmyk()} looks like printed alone, in sRGB. */
    public static final int CYAN_INK = 0x00AEEF;
    public static final int MAGENTA_INK = 0xEC008C;
    public static final int YELLOW_INK = 0xFFF200;
    public static final int BLACK_INK = 0x231F20;

    private IccProfiles() {
    }

    public static byte[] displayP3() {
        return matrixTrc("Display P3 (test)", ColourMaths.P3_PRIMARIES, para(2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045));
    }

    public static byte[] adobeRgb() {
        return matrixTrc("Adobe RGB 1998 (test)", ColourMaths.ADOBE_PRIMARIES, curveGamma(ColourMaths.ADOBE_GAMMA));
    }

    /**
     * A press-like CMYK output profile: a lut8 A2B0 (§6.5.8) to L*a*b* whose corners are what the
     * inks look like in sRGB (cyan #00AEEF, not the naive #00FFFF), overprints multiplied.
     */
    public static byte[] pressCmyk() {
        ByteBuffer a2b = lut8(4, 3);
        for (int corner = 0; corner < 16; corner++) { // the first channel (C) varies slowest
            double[] lab = ColourMaths.lab(overprint(corner >> 3 & 1, corner >> 2 & 1, corner >> 1 & 1, corner & 1));
            a2b.put((byte) Math.round(lab[0] * 255 / 100)).put((byte) Math.round(lab[1] + 128)).put((byte) Math.round(lab[2] + 128));
        }
        // Lab to CMYK, black ink by lightness only: never used for the tests' colours, but LCMS will not
        // link a printer profile without it, and TwelveMonkeys validates a profile by converting to it.
        ByteBuffer b2a = lut8(3, 4);
        for (int corner = 0; corner < 8; corner++) {
            b2a.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) ((corner >> 2 & 1) == 1 ? 0 : 255));
        }
        Map<String, byte[]> tags = new LinkedHashMap<>();
        tags.put("desc", description("Press CMYK (test)"));
        tags.put("wtpt", xyz(ColourMaths.D50_XYZ));
        tags.put("A2B0", identityTables(a2b, 3).array());
        tags.put("B2A0", identityTables(b2a, 4).array());
        return assemble(tags, "prtr", "CMYK", "Lab ");
    }

    private static double[] overprint(int c, int m, int y, int k) {
        double[] linear = {1, 1, 1};
        int[] inks = {CYAN_INK, MAGENTA_INK, YELLOW_INK, BLACK_INK};
        int[] on = {c, m, y, k};
        for (int i = 0; i < 4; i++) {
            for (int ch = 0; ch < 3 && on[i] == 1; ch++) { // inks filter light: transmittances multiply
                linear[ch] *= ColourMaths.srgbToLinear((inks[i] >> (16 - 8 * ch) & 0xFF) / 255.0);
            }
        }
        return linear;
    }

    /** A lut8Type up to its CLUT: header, identity matrix, identity input tables; 2 grid points per input. */
    private static ByteBuffer lut8(int inputs, int outputs) {
        ByteBuffer lut = ByteBuffer.allocate(48 + inputs * 256 + (1 << inputs) * outputs + outputs * 256)
                .put(ascii("mft1")).putInt(0).put((byte) inputs).put((byte) outputs).put((byte) 2).put((byte) 0);
        for (int i = 0; i < 9; i++) {
            lut.put(s15(i % 4 == 0 ? 1 : 0));
        }
        return identityTables(lut, inputs);
    }

    private static ByteBuffer identityTables(ByteBuffer lut, int channels) {
        for (int channel = 0; channel < channels; channel++) {
            for (int v = 0; v < 256; v++) {
                lut.put((byte) v);
            }
        }
        return lut;
    }

    private static byte[] matrixTrc(String name, double[][] primaries, byte[] trc) {
        double[][] d50 = ColourMaths.multiply(ColourMaths.BRADFORD_D65_TO_D50, ColourMaths.rgbToXyz(primaries));
        Map<String, byte[]> tags = new LinkedHashMap<>();
        tags.put("desc", description(name));
        tags.put("wtpt", xyz(ColourMaths.D50_XYZ));
        for (int c = 0; c < 3; c++) {
            tags.put("rgb".charAt(c) + "XYZ", xyz(new double[] {d50[0][c], d50[1][c], d50[2][c]}));
            tags.put("rgb".charAt(c) + "TRC", trc);
        }
        return assemble(tags, "mntr", "RGB ", "XYZ ");
    }

    /** Header (§6.1), tag table (§6.2), then tag data, each 4-byte aligned. */
    private static byte[] assemble(Map<String, byte[]> tags, String deviceClass, String space, String pcs) {
        int offset = 128 + 4 + 12 * tags.size();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteBuffer table = ByteBuffer.allocate(4 + 12 * tags.size()).putInt(tags.size());
        for (Map.Entry<String, byte[]> tag : tags.entrySet()) {
            table.put(ascii(tag.getKey())).putInt(offset + data.size()).putInt(tag.getValue().length);
            data.writeBytes(tag.getValue());
            while (data.size() % 4 != 0) {
                data.write(0);
            }
        }
        int size = offset + data.size();
        ByteBuffer header = ByteBuffer.allocate(128).putInt(size).putInt(0).putInt(0x02100000)
                .put(ascii(deviceClass)).put(ascii(space)).put(ascii(pcs)).put(new byte[12]).put(ascii("acsp"));
        header.position(68);
        header.put(s15(ColourMaths.D50_XYZ[0])).put(s15(ColourMaths.D50_XYZ[1])).put(s15(ColourMaths.D50_XYZ[2]));
        return ByteBuffer.allocate(size).put(header.array()).put(table.array()).put(data.toByteArray()).array();
    }

    private static byte[] description(String name) {
        byte[] text = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(12 + text.length + 8 + 3 + 67).put(ascii("desc")).putInt(0).putInt(text.length).put(text).array();
    }

    private static byte[] xyz(double[] v) {
        return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0).put(s15(v[0])).put(s15(v[1])).put(s15(v[2])).array();
    }

    private static byte[] curveGamma(double gamma) {
        return ByteBuffer.allocate(14).put(ascii("curv")).putInt(0).putInt(1).putShort((short) Math.round(gamma * 256)).array();
    }

    /** parametricCurveType function 3: the sRGB-shaped curve with a linear toe. */
    private static byte[] para(double g, double a, double b, double c, double d) {
        ByteBuffer buffer = ByteBuffer.allocate(32).put(ascii("para")).putInt(0).putShort((short) 3).putShort((short) 0);
        for (double v : new double[] {g, a, b, c, d}) {
            buffer.put(s15(v));
        }
        return buffer.array();
    }

    private static byte[] s15(double v) {
        return ByteBuffer.allocate(4).putInt((int) Math.round(v * 65536)).array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
