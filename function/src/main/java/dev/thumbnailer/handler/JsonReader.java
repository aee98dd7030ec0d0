package dev.thumbnailer.handler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON reading (RFC 8259) for message bodies: objects become maps, arrays lists,
 * numbers doubles. The function ships no JSON library, and the runtime's own serializer only
 * reads the outer event, not the JSON strings inside it. Malformed text is an
 * {@link IllegalArgumentException} naming the position.
 */
final class JsonReader {

    private final String text;
    private int at;

    private JsonReader(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.at != text.length()) {
            throw reader.error("text after the value");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        char c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        if (skipSpace() == '}') {
            at++;
            return members;
        }
        do {
            skipSpace();
            String name = string();
            expect(':');
            members.put(name, value());
        } while (next(',', '}'));
        return members;
    }

    private List<Object> array() {
        List<Object> elements = new ArrayList<>();
        at++;
        if (skipSpace() == ']') {
            at++;
            return elements;
        }
        do {
            elements.add(value());
        } while (next(',', ']'));
        return elements;
    }

    private String string() {
        if (peek() != '"') {
            throw error("expected a string");
        }
        StringBuilder out = new StringBuilder();
        for (at++; peek() != '"'; at++) {
            char c = text.charAt(at);
            if (c < 0x20) {
                throw error("control character in a string");
            }
            if (c == '\\') {
                out.append(escape());
            } else {
                out.append(c);
            }
        }
        at++;
        return out.toString();
    }

    private char escape() {
        char c = text.charAt(++at);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (at + 4 >= text.length()) {
                    throw error("short \\u escape");
                }
                at += 4;
                yield (char) Integer.parseInt(text.substring(at - 3, at + 1), 16);
            }
            default -> throw error("bad escape \\" + c);
        };
    }

    private Double number() {
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String n = text.substring(start, at);
        if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw error("expected a value");
        }
        return Double.valueOf(n);
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("expected " + word);
        }
        at += word.length();
        return value;
    }

    private boolean next(char more, char end) {
        char c = skipSpace();
        at++;
        if (c == more) {
            return true;
        }
        if (c == end) {
            return false;
        }
        throw error("expected '" + more + "' or '" + end + "'");
    }

    private void expect(char c) {
        if (skipSpace() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    /** Skips whitespace; returns the next character, or 0 at the end of the text. */
    private char skipSpace() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at < text.length() ? text.charAt(at) : 0;
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(at);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("malformed JSON at position " + at + ": " + what);
    }
}
