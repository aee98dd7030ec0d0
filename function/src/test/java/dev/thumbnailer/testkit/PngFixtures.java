package dev.thumbnailer.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** PNG fixtures named for their property, built with {@link PngBytes}; values chosen so the expected 8-bit result is exact. */
public final class PngFixtures {

    public static final int WIDTH = 200;
    public static final int HEIGHT = 100;

    private PngFixtures() {
    }

    public static byte[] displayP3Png(int rgb) {
        return flatPngWithProfile(rgb, "Display P3", IccProfiles.displayP3());
    }

    public static byte[] adobeRgbPng(int rgb) {
        return flatPngWithProfile(rgb, "Adobe RGB (1998)", IccProfiles.adobeRgb());
    }

    /** display-p3-alpha.png: RGBA, the colour on the left half, fully transparent on the right. */
    public static byte[] displayP3PngWithAlpha(int rgb) {
        int[] left = {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF, 255};
        int[] right = {0, 0, 0, 0};
        return new PngBytes(WIDTH, HEIGHT, 8, PngBytes.RGBA).chunk("iCCP", iccp("Display P3", IccProfiles.displayP3()))
                .encode((x, y) -> x < WIDTH / 2 ? left : right);
    }

    private static byte[] flatPngWithProfile(int rgb, String name, byte[] profile) {
        int[] sample = {rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF};
        return new PngBytes(WIDTH, HEIGHT, 8, PngBytes.RGB).chunk("iCCP", iccp(name, profile)).encode((x, y) -> sample);
    }

    /** iCCP data: profile name, NUL, compression method 0, zlib stream. */
    public static byte[] iccp(String name, byte[] profile) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(name.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0);
        data.write(0);
        data.writeBytes(PngBytes.deflate(profile));
        return data.toByteArray();
    }

    /**
     * transparent-palette.png: palette red, green, blue, white with tRNS alphas 255, 255, 128, 0, in
     * quadrants: red top-left, green top-right, half-transparent blue bottom-left, clear bottom-right.
     */
    public static byte[] transparentPalettePng() {
        byte[] plte = {(byte) 255, 0, 0, 0, (byte) 255, 0, 0, 0, (byte) 255, (byte) 255, (byte) 255, (byte) 255};
        byte[] trns = {(byte) 255, (byte) 255, (byte) 128, 0};
        return new PngBytes(WIDTH, HEIGHT, 8, PngBytes.PALETTE).chunk("PLTE", plte).chunk("tRNS", trns)
                .encode((x, y) -> new int[] {quadrant(x, y)});
    }

    /** 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right. */
    public static int quadrant(int x, int y) {
        return (x < WIDTH / 2 ? 0 : 1) + (y < HEIGHT / 2 ? 0 : 2);
    }

    /**
     * A 16-bit PNG of the given colour type: left half orange (#FF8000, stored as 0xFFFF, 0x8080,
     * 0x0000), right half transparent for alpha types or blue; grey types use 200 and 60.
     */
    public static byte[] sixteenBitPng(int colourType) {
        return new PngBytes(WIDTH, HEIGHT, 16, colourType).encode((x, y) -> {
            boolean left = x < WIDTH / 2;
            return switch (colourType) {
                case PngBytes.RGB -> left ? new int[] {0xFFFF, 0x8080, 0} : new int[] {0, 0, 0xFFFF};
                case PngBytes.RGBA -> left ? new int[] {0xFFFF, 0x8080, 0, 0xFFFF} : new int[] {0, 0, 0xFFFF, 0};
                case PngBytes.GREY -> new int[] {left ? 200 * 257 : 60 * 257};
                case PngBytes.GREY_ALPHA -> new int[] {200 * 257, left ? 0xFFFF : 0};
                default -> throw new IllegalArgumentException("colour type " + colourType);
            };
        });
    }

    /** interlaced.png: Adam7, RGBA, the quadrant pattern of {@link #transparentPalettePng()} with exact alpha. */
    public static byte[] interlacedPng() {
        int[][] colours = {{255, 0, 0, 255}, {0, 255, 0, 255}, {0, 0, 255, 128}, {255, 255, 255, 0}};
        return new PngBytes(WIDTH, HEIGHT, 8, PngBytes.RGBA).interlaced().encode((x, y) -> colours[quadrant(x, y)]);
    }

    /** A valid-looking PNG whose header claims width×height while its data is a few bytes: a decompression bomb's shape. */
    public static byte[] pngDeclaring(int width, int height) {
        return new PngBytes(width, height, 8, PngBytes.RGBA).withIdat(PngBytes.deflate(new byte[64]));
    }

    /** A PNG carrying what must not reach a derivative: text, XMP, EXIF with GPS, a timestamp. */
    public static byte[] pngWithPrivateMetadata() {
        return new PngBytes(WIDTH, HEIGHT, 8, PngBytes.RGB)
                .chunk("tEXt", latin1("Comment\0shot at home"))
                .chunk("iTXt", latin1("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta xmlns:x='adobe:ns:meta/'/>"))
                .chunk("zTXt", zText("Author", "someone"))
                .chunk("eXIf", ExifJpegs.tiffWithGps())
                .chunk("tIME", new byte[] {0x07, (byte) 0xE9, 6, 1, 12, 0, 0})
                .trailingChunk("tEXt", latin1("Location\0my street"))
                .encode((x, y) -> new int[] {x, y, 128});
    }

    private static byte[] zText(String keyword, String text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(latin1(keyword));
        data.write(0);
        data.write(0);
        data.writeBytes(PngBytes.deflate(latin1(text)));
        return data.toByteArray();
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
