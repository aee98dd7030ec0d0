package dev.thumbnailer.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.naming.DerivativeKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadKeysTest {

    final UploadKeys keys = new UploadKeys(SettingsParser.parseUploads(Map.of("UPLOAD_BUCKET", "bkt")), new DerivativeKeys("thumbnails/"),
            List.of("small", "medium"));

    @ParameterizedTest
    @ValueSource(strings = {"3f1c0d9e-0000-4000-8000-000000000000", "auth0|5f7c", "google-oauth2|1234", "user@example.com", "1234567890"})
    void ownerFolder_subjectsOfCommonProviders_areUsedAsIs(String sub) {
        assertEquals("users/" + sub + "/", keys.ownerFolder(sub));
    }

    @Test
    void keyFor_emptyUploadPrefix_startsAtUsers() {
        assertEquals("users/alice/trip/a.gif", keys.keyFor("alice", Optional.of("trip"), "a.gif"));
    }

    @Test
    void requireOwned_keyTheApiWouldMake_isReturned() {
        assertEquals("users/alice/trip/a b.gif", keys.requireOwned("alice", "users/alice/trip/a b.gif"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"users/alice//a.gif", "users/alice/./a.gif", "users/alice/trip/../a.gif", "users/alice/a\u0000.gif", "users/bob/a.gif"})
    void requireOwned_keyTheApiCouldNotMakeForTheCaller_is404(String key) {
        ApiError e = assertThrows(ApiError.class, () -> keys.requireOwned("alice", key));

        assertEquals(404, e.status());
    }
}
