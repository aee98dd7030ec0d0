package dev.thumbnailer.handler;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an S3 event key exactly once: S3 form-URL-encodes keys in notifications ({@code +} is a
 * space, {@code %2B} a plus, UTF-8 bytes as {@code %XX}). Stricter than
 * {@code S3ObjectEntity.getUrlDecodedKey()}, which turns invalid UTF-8 into U+FFFD silently and
 * would then name an object that does not exist: here a malformed key is an error the caller
 * reports as a rejection.
 */
public final class KeyDecoder {

    private KeyDecoder() {
    }

    public static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                bytes.write(hexByte(encoded, i));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        return strictUtf8(bytes.toByteArray());
    }

    private static int hexByte(String s, int percent) {
        if (percent + 2 >= s.length()) {
            throw new IllegalArgumentException("incomplete escape '" + s.substring(percent) + "' at position " + percent);
        }
        int hi = Character.digit(s.charAt(percent + 1), 16);
        int lo = Character.digit(s.charAt(percent + 2), 16);
        if (hi < 0 || lo < 0) {
            throw new IllegalArgumentException("invalid escape '" + s.substring(percent, percent + 3) + "' at position " + percent);
        }
        return hi << 4 | lo;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("escapes do not form valid UTF-8");
        }
    }
}
