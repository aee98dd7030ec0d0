package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.testkit.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UploadValidatorTest {

    private static final Map<String, byte[]> CONTENT = Map.of(
            "JPEG", TestImages.jpeg(4, 4),
            "PNG", TestImages.png(4, 4),
            "GIF", TestImages.gif(4, 4));

    /** Every content against every extension: only the matching pairs pass. */
    static Stream<Arguments> contentByExtension() {
        return Stream.of("JPEG", "PNG", "GIF").flatMap(content -> Stream.of(
                "jpg", "JPG", "jpeg", "JPEG", "Jpeg", "png", "PNG", "gif", "GIF", "bmp", "webp", "txt", "").map(ext -> {
                    String expected = switch (ext.toLowerCase()) {
                        case "jpg", "jpeg" -> "JPEG";
                        case "png" -> "PNG";
                        case "gif" -> "GIF";
                        default -> "none";
                    };
                    return Arguments.of(content, ext, expected.equals(content));
                }));
    }

    @ParameterizedTest(name = "{0} content named .{1} -> accepted={2}")
    @MethodSource("contentByExtension")
    void validate_contentAndExtension_acceptedOnlyWhenTheyAgree(String content, String ext, boolean accepted) throws Exception {
        String key = "dir.with.dots/photo" + (ext.isEmpty() ? "" : "." + ext);
        byte[] bytes = CONTENT.get(content);

        if (accepted) {
            assertEquals(ImageFormat.valueOf(content), UploadValidator.validate(key, bytes));
        } else {
            UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> UploadValidator.validate(key, bytes));
            assertInstanceOf(Rejection.ExtensionMismatch.class, e.rejection());
        }
    }

    static Stream<Arguments> unsupportedContent() {
        return Stream.of(
                Arguments.of("BMP", new byte[] {'B', 'M', 0, 0, 0, 0, 0, 0}, "BMP"),
                Arguments.of("TIFF", new byte[] {'I', 'I', '*', 0, 8, 0, 0, 0}, "TIFF"),
                Arguments.of("WebP", ascii("RIFF\0\0\0\0WEBPVP8 "), "WebP"),
                Arguments.of("HEIC", ascii("\0\0\0\u0018ftypheic\0\0\0\0"), "HEIC"),
                Arguments.of("SVG", ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "SVG"),
                Arguments.of("HTML", ascii("<!DOCTYPE html><html></html>"), "HTML"),
                Arguments.of("text", ascii("hello, I am not a picture\n"), "text"),
                Arguments.of("binary", new byte[] {0, 1, 2, 3, (byte) 0xFE}, "unrecognised"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedContent")
    void validate_unsupportedContentNamedJpg_isRejectedSayingWhatItIs(String name, byte[] bytes, String described) {
        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> UploadValidator.validate("x.jpg", bytes));

        Rejection.UnsupportedType rejection = assertInstanceOf(Rejection.UnsupportedType.class, e.rejection());
        assertTrue(rejection.reason().contains(described), rejection.reason());
    }

    @Test
    void validate_emptyFile_isRejectedAsEmpty() {
        UploadRejectedException e = assertThrows(UploadRejectedException.class, () -> UploadValidator.validate("x.png", new byte[0]));

        assertInstanceOf(Rejection.EmptyFile.class, e.rejection());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
