package dev.thumbnailer.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void write_nestedValues_roundTripsThroughTheReader() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 é 😀");
        value.put("int", 7);
        value.put("long", 1L << 40);
        value.put("bool", true);
        value.put("list", List.of("a", Map.of("b", false)));

        Object back = JsonReader.parse(JsonWriter.write(value));

        Map<?, ?> map = (Map<?, ?>) back;
        assertEquals(value.get("text"), map.get("text"));
        assertEquals(new BigDecimal(7), map.get("int"));
        assertEquals(new BigDecimal(1L << 40), map.get("long"));
        assertEquals(true, map.get("bool"));
        assertEquals(List.of("a", Map.of("b", false)), map.get("list"));
    }

    @Test
    void write_htmlSignificantCharacters_areEscaped() {
        String json = JsonWriter.write(Map.of("k", "</script><b>&\u2028"));

        assertEquals("{\"k\":\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\\u2028\"}", json);
    }

    @Test
    void write_nullAndJsonNull_areNull() {
        assertEquals("[null,null]", JsonWriter.write(Arrays.asList(null, JsonReader.NULL)));
    }

    @Test
    void write_floatingPointNumbers_areNumbersAndNonFiniteOnesNull() {
        String json = JsonWriter.write(Arrays.asList(12.0, 0.25, 1.5f, 3L, Double.NaN, Float.POSITIVE_INFINITY));

        assertEquals("[12,0.25,1.5,3,null,null]", json);
    }
}
