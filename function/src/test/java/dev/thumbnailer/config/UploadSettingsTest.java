package dev.thumbnailer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UploadSettingsTest {

    @Test
    void parseUploads_onlyTheBucket_givesDocumentedDefaults() {
        UploadSettings settings = SettingsParser.parseUploads(Map.of("UPLOAD_BUCKET", "photos"));

        assertEquals("photos", settings.uploadBucket());
        assertEquals("users/", settings.usersFolder());
        assertEquals(Duration.ofMinutes(5), settings.uploadUrlTtl());
        assertEquals(Duration.ofMinutes(15), settings.thumbnailUrlTtl());
    }

    @Test
    void parseUploads_prefixWithoutSlash_getsOne() {
        assertEquals("uploads/users/", SettingsParser.parseUploads(Map.of("UPLOAD_BUCKET", "photos", "UPLOAD_PREFIX", "uploads")).usersFolder());
    }

    @Test
    void parseUploads_noBucket_namesTheVariable() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsParser.parseUploads(Map.of()));

        assertTrue(e.getMessage().contains("UPLOAD_BUCKET"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "UPLOAD_URL_TTL_SECONDS, 0", "UPLOAD_URL_TTL_SECONDS, 3601", "UPLOAD_URL_TTL_SECONDS, soon",
        "THUMBNAIL_URL_TTL_SECONDS, 604801", "UPLOAD_PREFIX, /uploads/", "UPLOAD_PREFIX, a*b/", "UPLOAD_PREFIX, thumbnails/",
    })
    void parseUploads_badValue_namesVariableAndValue(String name, String value) {
        Map<String, String> env = Map.of("UPLOAD_BUCKET", "photos", name, value);

        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> SettingsParser.parseUploads(env));

        assertTrue(e.getMessage().contains(name) && e.getMessage().contains("'" + value + "'"), e.getMessage());
    }

    @Test
    void parseUploads_usersFolderContainingThumbnailPrefix_isRefused() {
        Map<String, String> env = Map.of("UPLOAD_BUCKET", "photos", "THUMBNAIL_PREFIX", "users/thumbs/");

        assertThrows(InvalidSettingsException.class, () -> SettingsParser.parseUploads(env));
    }

    @Test
    void parse_cacheControl_defaultsAndIsConfigurable() {
        assertEquals("public, max-age=300", SettingsParser.parse(Map.of()).derivativeCacheControl());
        assertEquals("max-age=60", SettingsParser.parse(Map.of("DERIVATIVE_CACHE_CONTROL", "max-age=60")).derivativeCacheControl());
    }

    @Test
    void parse_cacheControlWithLineBreak_namesTheVariable() {
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> SettingsParser.parse(Map.of("DERIVATIVE_CACHE_CONTROL", "max-age=1\r\nX-Evil: 1")));

        assertTrue(e.getMessage().contains("DERIVATIVE_CACHE_CONTROL"), e.getMessage());
    }
}
