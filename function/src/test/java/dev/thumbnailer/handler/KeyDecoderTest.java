package dev.thumbnailer.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3ObjectEntity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KeyDecoderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "cat.jpg|cat.jpg",
            "my+cat.jpg|my cat.jpg",
            "a%2Bb.jpg|a+b.jpg",
            "photos/%C3%A9t%C3%A9+2024/cat.jpg|photos/été 2024/cat.jpg",
            "%E7%8C%AB/%F0%9F%90%88.png|猫/🐈.png",
            "100%25.gif|100%.gif",
            "a%2fb.jpg|a/b.jpg",
            "%28copy%29+%5B1%5D.JPG|(copy) [1].JPG",
    })
    void decode_s3EncodedKey_givesTheObjectKey(String encoded, String expected) {
        assertEquals(expected, KeyDecoder.decode(encoded));
        // and agrees with the events library on every well-formed key
        assertEquals(expected, new S3ObjectEntity(encoded, 1L, "e", "v").getUrlDecodedKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"100%.jpg", "bad%zz.jpg", "end%", "end%4", "%FF.jpg", "%C3.jpg", "%ED%A0%80.jpg"})
    void decode_malformedEscape_isRefusedNotGuessed(String encoded) {
        assertThrows(IllegalArgumentException.class, () -> KeyDecoder.decode(encoded));
    }
}
