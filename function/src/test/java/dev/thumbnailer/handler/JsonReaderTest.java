package dev.thumbnailer.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void parse_nestedDocument_givesMapsListsStringsNumbersAndLiterals() {
        Object parsed = JsonReader.parse(" {\"a\": [1, -2.5e1, true, false, null], \"b\": {\"c\": \"d\\\"\\u00e9\\n\"}, \"e\": {}, \"f\": []} ");

        assertEquals(Map.of("a", Arrays.asList(1.0, -25.0, true, false, null), "b", Map.of("c", "d\"é\n"), "e", Map.of(), "f", List.of()), parsed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\":}", "[1,]", "{\"a\":1} x", "\"unterminated", "01", "{a:1}", "[\"\\x\"]", "tru"})
    void parse_malformedText_isAnIllegalArgumentNamingThePosition(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.parse(text));

        assertEquals(true, e.getMessage().startsWith("malformed JSON at position "), e.getMessage());
    }
}
