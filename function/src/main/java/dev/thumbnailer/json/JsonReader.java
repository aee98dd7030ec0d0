package dev.thumbnailer.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 reader for request bodies, small enough to ship in the function (which has no
 * JSON library): objects become {@code Map<String, Object>} (insertion order; a duplicate name is
 * an error, since two "size"s would leave the signed one ambiguous), arrays {@code List}, numbers
 * {@link java.math.BigDecimal}, plus String, Boolean and {@code null} (as {@link #NULL}). Nesting is capped
 * so no body can exhaust the stack.
 */
public final class JsonReader extends JsonCursor {

    /** JSON {@code null}, distinguishable from an absent member. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    static final int MAX_DEPTH = 32;

    private int depth;

    private JsonReader(String text) {
        super(text);
    }

    /** The one value {@code text} holds; {@link JsonException} naming the position otherwise. */
    public static Object parse(String text) {
        JsonReader reader = new JsonReader(text);
        reader.skipSpace();
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos != text.length()) {
            throw reader.error("unexpected text after the value");
        }
        return value;
    }

    private Object value() {
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> nested(this::object);
            case '[' -> nested(this::array);
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", NULL);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Object nested(java.util.function.Supplier<Object> parser) {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        Object value = parser.get();
        depth--;
        return value;
    }

    private Object object() {
        Map<String, Object> members = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (peek('}')) {
            return members;
        }
        do {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw error("expected a member name");
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            if (members.put(name, value()) != null) {
                throw error("duplicate member \"" + name + "\"");
            }
            skipSpace();
        } while (peek(','));
        expect('}');
        return members;
    }

    private Object array() {
        List<Object> items = new ArrayList<>();
        pos++;
        skipSpace();
        if (peek(']')) {
            return items;
        }
        do {
            skipSpace();
            items.add(value());
            skipSpace();
        } while (peek(','));
        expect(']');
        return items;
    }
}
