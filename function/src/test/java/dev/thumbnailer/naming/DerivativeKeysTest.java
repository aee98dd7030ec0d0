package dev.thumbnailer.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DerivativeKeysTest {

    private final DerivativeKeys keys = new DerivativeKeys("thumbnails/");

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "small|photos/été 2024/cat.jpg|thumbnails/small/photos/été 2024/cat.jpg",
            "medium|IMG_1.JPG|thumbnails/medium/IMG_1.JPG",
            "small|a+b (1).png|thumbnails/small/a+b (1).png",
    })
    void derivativeKey_original_isPrefixSizeThenTheSameKey(String size, String original, String expected) {
        assertEquals(expected, keys.derivativeKey(size, original));
        assertEquals(Optional.of(new DerivativeKeys.Derivative(size, original)), keys.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thumbnails/small/x.jpg", "thumbnails/anything", "thumbnails/"})
    void isUnderPrefix_keyUnderPrefix_isTrue(String key) {
        assertTrue(keys.isUnderPrefix(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thumbnails", "thumbnailsX/small/x.jpg", "photos/thumbnails/small/x.jpg", "Thumbnails/small/x.jpg"})
    void isUnderPrefix_keyElsewhere_isFalse(String key) {
        assertFalse(keys.isUnderPrefix(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thumbnails/", "thumbnails/small", "thumbnails/small/", "thumbnails//x.jpg", "photos/x.jpg"})
    void parse_notADerivativeKey_isEmpty(String key) {
        assertEquals(Optional.empty(), keys.parse(key));
    }

    @Test
    void derivativeKeyInFolder_listedSizeFolder_appendsTheOriginal() {
        assertEquals("thumbnails/old/cat.jpg", keys.derivativeKeyInFolder("thumbnails/old/", "cat.jpg"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"other/small/", "thumbnails/", "thumbnails/small"})
    void derivativeKeyInFolder_notASizeFolder_isRefused(String folder) {
        assertThrows(IllegalArgumentException.class, () -> keys.derivativeKeyInFolder(folder, "cat.jpg"));
    }
}
