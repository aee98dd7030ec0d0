package dev.thumbnailer.handler;

import dev.thumbnailer.json.JsonException;
import dev.thumbnailer.json.JsonReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Log lines read back for assertions: the function's JSON reader, numbers as doubles, JSON null as null. */
final class JsonValues {

    private JsonValues() {
    }

    /** @throws IllegalArgumentException for malformed text, naming the position */
    static Object parse(String text) {
        try {
            return plain(JsonReader.parse(text));
        } catch (JsonException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Object plain(Object value) {
        if (value == JsonReader.NULL) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.doubleValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonValues::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, plain(v)));
            return copy;
        }
        return value;
    }
}
