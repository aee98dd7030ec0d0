package dev.thumbnailer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {

    @Test
    void parse_objectOfEveryKind_givesJavaValues() {
        Object parsed = JsonReader.parse(" {\"s\": \"a\\u00e9\\n\\\"\", \"n\": -12.5e1, \"t\": true, \"f\": false, \"z\": null, \"a\": [1, []], \"o\": {}} ");

        Map<?, ?> map = (Map<?, ?>) parsed;
        assertEquals("aé\n\"", map.get("s"));
        assertEquals(0, new BigDecimal("-125").compareTo((BigDecimal) map.get("n")));
        assertEquals(true, map.get("t"));
        assertEquals(false, map.get("f"));
        assertSame(JsonReader.NULL, map.get("z"));
        assertEquals(List.of(new BigDecimal("1"), List.of()), map.get("a"));
        assertEquals(Map.of(), map.get("o"));
    }

    @Test
    void parse_surrogatePairEscape_givesTheCodePoint() {
        assertEquals("😀", JsonReader.parse("\"\\ud83d\\ude00\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":1,}", "[1,]", "{\"a\" 1}", "{a:1}", "'x'", "01", "1.", "-", "1e", "tru", "nul",
        "\"\\x\"", "\"\\u12\"", "\"a", "\"tab\there\"", "{} {}", "{\"a\":1,\"a\":2}", "+1", ".5", "NaN", "[1 2]"})
    void parse_malformed_throwsJsonException(String text) {
        assertThrows(JsonException.class, () -> JsonReader.parse(text));
    }

    @Test
    void parse_nestingBeyondTheCap_throwsJsonException() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH + 1) + "]".repeat(JsonReader.MAX_DEPTH + 1);

        JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse(deep));

        assertEquals(true, e.getMessage().contains("nested deeper"));
    }

    @Test
    void parse_nestingAtTheCap_isAccepted() {
        String deep = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);

        Object parsed = JsonReader.parse(deep);

        assertEquals(List.class.isInstance(parsed), true);
    }

    @Test
    void parse_error_namesThePosition() {
        JsonException e = assertThrows(JsonException.class, () -> JsonReader.parse("{\"a\":?}"));

        assertEquals("unexpected character '?' at position 5", e.getMessage());
    }
}
