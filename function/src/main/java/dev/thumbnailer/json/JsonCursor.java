package dev.thumbnailer.json;

import java.math.BigDecimal;

/**
 * Position in the text being read, and the lexical parts of JSON: strings with their escapes,
 * numbers in RFC 8259's grammar, literals, white space. {@link JsonReader} adds the structure.
 */
abstract class JsonCursor {

    final String text;
    int pos;

    JsonCursor(String text) {
        this.text = text;
    }

    String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            out.append(c == '\\' ? escape() : c);
        }
    }

    char escape() {
        if (pos >= text.length()) {
            throw error("unterminated escape");
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicodeEscape();
            default -> throw error("invalid escape '\\" + c + "'");
        };
    }

    char unicodeEscape() {
        if (pos + 4 > text.length()) {
            throw error("incomplete \\u escape");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos++), 16);
            if (digit < 0) {
                throw error("invalid \\u escape");
            }
            code = code << 4 | digit;
        }
        return (char) code;
    }

    BigDecimal number() {
        int start = pos;
        peek('-');
        if (peek('0')) {
            // RFC 8259: no leading zeros
        } else {
            digits(1);
        }
        if (peek('.')) {
            digits(1);
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (!peek('+')) {
                peek('-');
            }
            digits(1);
        }
        if (pos - start > 64) {
            throw error("number longer than 64 characters");
        }
        return new BigDecimal(text.substring(start, pos));
    }

    void digits(int atLeast) {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos - start < atLeast) {
            throw error("expected a digit");
        }
    }

    Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected character '" + text.charAt(pos) + "'");
        }
        pos += word.length();
        return value;
    }

    boolean peek(char c) {
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(char c) {
        if (!peek(c)) {
            throw error(pos >= text.length() ? "unexpected end of input, expected '" + c + "'" : "expected '" + c + "'");
        }
    }

    void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    JsonException error(String message) {
        return new JsonException(message + " at position " + pos);
    }
}
