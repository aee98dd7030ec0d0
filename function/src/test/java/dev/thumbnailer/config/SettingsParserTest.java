package dev.thumbnailer.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.ThumbnailSize;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsParserTest {

    @Test
    void parse_emptyEnvironment_givesDocumentedDefaults() {
        Settings settings = SettingsParser.parse(Map.of());

        assertAll(
                () -> assertEquals("thumbnails/", settings.thumbnailPrefix()),
                () -> assertEquals(List.of(new ThumbnailSize("small", 128, 128, FitMode.FIT), new ThumbnailSize("medium", 512, 512, FitMode.FIT)),
                        settings.sizes()),
                () -> assertEquals(Optional.empty(), settings.destinationBucket()),
                () -> assertEquals(52_428_800L, settings.maxSourceBytes()),
                () -> assertEquals(100_000_000L, settings.maxSourcePixels()),
                () -> assertEquals(85, settings.jpegQuality()),
                () -> assertEquals(200, settings.maxAnimationFrames()),
                () -> assertEquals(Optional.empty(), settings.s3Endpoint()),
                () -> assertFalse(settings.forcePathStyle()),
                () -> assertEquals("S3Thumbnailer", settings.metricsNamespace()),
                () -> assertEquals("local", settings.functionName()));
    }

    @Test
    void parse_everyVariableSet_usesThem() {
        Settings settings = SettingsParser.parse(Map.of(
                "THUMBNAIL_PREFIX", "derived/", "THUMBNAIL_SIZES", "a=10x20:fill", "DESTINATION_BUCKET", "my-thumbs",
                "MAX_SOURCE_BYTES", "1000", "MAX_SOURCE_PIXELS", "2000", "JPEG_QUALITY", "70", "MAX_ANIMATION_FRAMES", "5",
                "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:9000", "S3_FORCE_PATH_STYLE", "TRUE", "AWS_REGION", "eu-west-1"));

        assertAll(
                () -> assertEquals("derived/", settings.thumbnailPrefix()),
                () -> assertEquals(List.of(new ThumbnailSize("a", 10, 20, FitMode.FILL)), settings.sizes()),
                () -> assertEquals("my-thumbs", settings.destinationFor("source-bucket")),
                () -> assertEquals(1000L, settings.maxSourceBytes()),
                () -> assertEquals(2000L, settings.maxSourcePixels()),
                () -> assertEquals(70, settings.jpegQuality()),
                () -> assertEquals(5, settings.maxAnimationFrames()),
                () -> assertEquals(Optional.of(URI.create("http://127.0.0.1:9000")), settings.s3Endpoint()),
                () -> assertTrue(settings.forcePathStyle()),
                () -> assertEquals("eu-west-1", settings.region()));
    }

    @Test
    void parse_metricsNamespaceAndLambdaFunctionName_areTheMetricsNamespaceAndFunctionDimension() {
        Settings settings = SettingsParser.parse(Map.of("METRICS_NAMESPACE", "Media/Thumbnails", "AWS_LAMBDA_FUNCTION_NAME", "stack-ThumbnailFunction"));

        assertEquals(List.of("Media/Thumbnails", "stack-ThumbnailFunction"), List.of(settings.metricsNamespace(), settings.functionName()));
    }

    @Test
    void parse_noDestinationBucket_writesBesideTheSource() {
        assertEquals("uploads", SettingsParser.parse(Map.of()).destinationFor("uploads"));
    }

    @Test
    void parse_prefixWithoutTrailingSlash_getsOne() {
        assertEquals("thumbs/", SettingsParser.parse(Map.of("THUMBNAIL_PREFIX", "thumbs")).thumbnailPrefix());
    }

    @Test
    void parse_blankValue_countsAsUnset() {
        assertEquals(85, SettingsParser.parse(Map.of("JPEG_QUALITY", "  ")).jpegQuality());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "JPEG_QUALITY|0|a whole number from 1 to 100",
            "JPEG_QUALITY|101|a whole number from 1 to 100",
            "JPEG_QUALITY|high|a whole number from 1 to 100",
            "MAX_SOURCE_BYTES|-5|a whole number from 1",
            "MAX_SOURCE_PIXELS|1e9|a whole number from 1",
            "MAX_ANIMATION_FRAMES|0|a whole number from 1",
            "S3_FORCE_PATH_STYLE|yes|true or false",
            "AWS_ENDPOINT_URL_S3|localhost:9000|an http(s) URL",
            "DESTINATION_BUCKET|My_Bucket|an S3 bucket name",
            "THUMBNAIL_PREFIX|/thumbs/|a key prefix",
            "THUMBNAIL_SIZES|small=128|comma list of name=WIDTHxHEIGHT",
            "THUMBNAIL_SIZES|small=0x10|comma list of name=WIDTHxHEIGHT",
            "THUMBNAIL_SIZES|a/b=10x10|comma list of name=WIDTHxHEIGHT",
            "THUMBNAIL_SIZES|s=10x10:stretch|comma list of name=WIDTHxHEIGHT",
            "THUMBNAIL_SIZES|s=10x10,s=20x20|comma list of name=WIDTHxHEIGHT",
            "THUMBNAIL_SIZES|s=99999x10|comma list of name=WIDTHxHEIGHT",
            "METRICS_NAMESPACE|AWS/Lambda|a CloudWatch namespace",
            "METRICS_NAMESPACE|my namespace|a CloudWatch namespace",
    })
    void parse_badValue_failsNamingVariableFormAndValue(String variable, String value, String form) {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsParser.parse(Map.of(variable, value)));

        assertEquals(1, e.problems().size(), e.getMessage());
        String problem = e.problems().getFirst();
        assertTrue(problem.startsWith(variable + " must be "), problem);
        assertTrue(problem.contains(form), problem);
        assertTrue(problem.contains("'" + value + "'"), problem);
    }

    @Test
    void parse_severalBadValues_reportsAllOfThemAtOnce() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsParser.parse(Map.of(
                "JPEG_QUALITY", "0", "THUMBNAIL_SIZES", "nope", "S3_FORCE_PATH_STYLE", "maybe")));

        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("JPEG_QUALITY") && e.getMessage().contains("THUMBNAIL_SIZES")
                && e.getMessage().contains("S3_FORCE_PATH_STYLE"), e.getMessage());
    }
}
