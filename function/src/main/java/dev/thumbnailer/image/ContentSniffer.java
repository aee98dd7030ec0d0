package dev.thumbnailer.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Names what a file is from its first bytes, so a rejection says "content is WebP" rather than
 * just "unsupported". Trusts bytes, never the name (as imgproxy's imagetype registry does).
 */
final class ContentSniffer {

    private ContentSniffer() {
    }

    /** A short description of unsupported content: "BMP", "TIFF", "WebP", "HEIC/AVIF", "SVG", "HTML", "text", ... */
    static String describe(byte[] data) {
        if (startsWith(data, "BM")) {
            return "BMP";
        }
        if (startsWith(data, "II*\0") || startsWith(data, "MM\0*")) {
            return "TIFF";
        }
        if (startsWith(data, "RIFF") && data.length >= 12 && ascii(data, 8, 4).equals("WEBP")) {
            return "WebP";
        }
        if (data.length >= 12 && ascii(data, 4, 4).equals("ftyp")) {
            return "HEIC/AVIF (ISO media)";
        }
        if (startsWith(data, "%PDF")) {
            return "PDF";
        }
        String text = ascii(data, 0, Math.min(data.length, 512)).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<svg") || (text.startsWith("<?xml") && text.contains("<svg"))) {
            return "SVG";
        }
        if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
            return "HTML";
        }
        return looksLikeText(data) ? "text" : "unrecognised binary data";
    }

    private static boolean looksLikeText(byte[] data) {
        int n = Math.min(data.length, 512);
        for (int i = 0; i < n; i++) {
            int b = data[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] data, String prefix) {
        return data.length >= prefix.length() && ascii(data, 0, prefix.length()).equals(prefix);
    }

    private static String ascii(byte[] data, int offset, int length) {
        return new String(data, offset, Math.min(length, data.length - offset), StandardCharsets.ISO_8859_1);
    }
}
