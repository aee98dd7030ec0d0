package dev.thumbnailer.testkit;

/**
 * The colour maths the colour-management tests need to know what a converted pixel must be,
 * written from the definitions (IEC 61966-2-1 for sRGB, CIE 15 for L*a*b*) rather than by asking
 * the JDK's colour engine, which is what is under test.
 */
public final class ColourMaths {

    /** Display P3: DCI-P3 primaries, D65 white, the sRGB transfer curve. */
    public static final double[][] P3_PRIMARIES = {{0.680, 0.320}, {0.265, 0.690}, {0.150, 0.060}};
    /** Adobe RGB (1998): wider greens, D65 white, gamma 563/256. */
    public static final double[][] ADOBE_PRIMARIES = {{0.64, 0.33}, {0.21, 0.71}, {0.15, 0.06}};
    public static final double[][] SRGB_PRIMARIES = {{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}};
    public static final double ADOBE_GAMMA = 563 / 256.0;
    public static final double[] D50_XYZ = {0.9642, 1.0, 0.8249};
    private static final double[] D65 = {0.3127, 0.3290};
    /** Bradford chromatic adaptation from D65 to D50, the ICC profile connection space's white. */
    public static final double[][] BRADFORD_D65_TO_D50 = {
            {1.0478112, 0.0228866, -0.0501270},
            {0.0295424, 0.9904844, -0.0170491},
            {-0.0092345, 0.0150436, 0.7521316}};

    private ColourMaths() {
    }

    /** What an 8-bit colour encoded in a wide-gamut space becomes in sRGB, clipped, as 0xRRGGBB. */
    public static int toSrgb(int rgb, double[][] primaries, boolean srgbCurve, double gamma) {
        double[] linear = new double[3];
        for (int c = 0; c < 3; c++) {
            double v = (rgb >> (16 - 8 * c) & 0xFF) / 255.0;
            linear[c] = srgbCurve ? srgbToLinear(v) : Math.pow(v, gamma);
        }
        double[] out = apply(multiply(invert(rgbToXyz(SRGB_PRIMARIES)), rgbToXyz(primaries)), linear);
        int result = 0;
        for (int c = 0; c < 3; c++) {
            result = result << 8 | (int) Math.round(linearToSrgb(Math.clamp(out[c], 0, 1)) * 255);
        }
        return result;
    }

    /** CIE L*a*b* (D50) of a linear sRGB colour, as the ICC profile connection space wants it. */
    public static double[] lab(double[] linearSrgb) {
        double[] xyz = apply(multiply(BRADFORD_D65_TO_D50, rgbToXyz(SRGB_PRIMARIES)), linearSrgb);
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
            double t = xyz[i] / D50_XYZ[i];
            f[i] = t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        }
        return new double[] {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
    }

    /** The RGB→XYZ matrix (D65) of a space with these primaries, from their chromaticities. */
    public static double[][] rgbToXyz(double[][] primaries) {
        double[][] m = new double[3][3];
        for (int c = 0; c < 3; c++) {
            double x = primaries[c][0];
            double y = primaries[c][1];
            m[0][c] = x / y;
            m[1][c] = 1;
            m[2][c] = (1 - x - y) / y;
        }
        double[] s = apply(invert(m), new double[] {D65[0] / D65[1], 1, (1 - D65[0] - D65[1]) / D65[1]});
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                m[r][c] *= s[c];
            }
        }
        return m;
    }

    public static double srgbToLinear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    public static double linearToSrgb(double v) {
        return v <= 0.0031308 ? v * 12.92 : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        double[][] out = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                out[r][c] = a[r][0] * b[0][c] + a[r][1] * b[1][c] + a[r][2] * b[2][c];
            }
        }
        return out;
    }

    public static double[] apply(double[][] m, double[] v) {
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            out[r] = m[r][0] * v[0] + m[r][1] * v[1] + m[r][2] * v[2];
        }
        return out;
    }

    public static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] out = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) { // adjugate: cofactor of the transposed position
                out[r][c] = (m[(c + 1) % 3][(r + 1) % 3] * m[(c + 2) % 3][(r + 2) % 3]
                        - m[(c + 1) % 3][(r + 2) % 3] * m[(c + 2) % 3][(r + 1) % 3]) / det;
            }
        }
        return out;
    }
}
