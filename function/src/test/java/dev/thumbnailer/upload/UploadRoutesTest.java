package dev.thumbnailer.upload;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.service.DerivativeMetadata;
import dev.thumbnailer.json.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UploadRoutesTest {

    static final String BUCKET = "photos";
    static final Map<String, String> ENV = Map.of("UPLOAD_BUCKET", BUCKET, "UPLOAD_PREFIX", "uploads/", "MAX_SOURCE_BYTES", "1000");

    final MemoryStores stores = new MemoryStores();
    final List<String> log = new ArrayList<>();
    final UploadRoutes routes = new UploadRoutes(new UploadApi(SettingsParser.parse(ENV), SettingsParser.parseUploads(ENV), stores, stores), log::add);

    ApiResponse call(String method, String body, Map<String, String> query, String owner) {
        return routes.handle(new ApiRequest(method, "/uploads", query, body, Optional.ofNullable(owner)));
    }

    ApiResponse post(String body) {
        return call("POST", body, Map.of(), "alice");
    }

    static Map<?, ?> json(ApiResponse response) {
        return (Map<?, ?>) JsonReader.parse(response.body());
    }

    static String errorCode(ApiResponse response) {
        return (String) ((Map<?, ?>) json(response).get("error")).get("code");
    }

    @Test
    void post_validRequest_signsAKeyInTheCallersAlbum() {
        ApiResponse response = post("{\"filename\": \"beach.jpg\", \"contentType\": \"image/jpeg\", \"size\": 345, \"album\": \"summer-2024\"}");

        Map<?, ?> body = json(response);
        assertAll(
                () -> assertEquals(201, response.status()),
                () -> assertEquals("uploads/users/alice/summer-2024/beach.jpg", body.get("key")),
                () -> assertEquals("PUT", body.get("method")),
                () -> assertEquals("https://s3.test/photos/uploads/users/alice/summer-2024/beach.jpg?len=345", body.get("url")),
                () -> assertEquals(Map.of("Content-Type", "image/jpeg"), body.get("headers")),
                () -> assertEquals("2026-01-01T00:05:00Z", body.get("expiresAt")));
    }

    @Test
    void post_noAlbum_signsAKeyDirectlyInTheCallersFolder() {
        ApiResponse response = post("{\"filename\": \"été + ami.PNG\", \"contentType\": \"image/png\", \"size\": 1}");

        assertEquals("uploads/users/alice/été + ami.PNG", json(response).get("key"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed json            | {"filename":                                                              | malformed_json
            not an object             | ["beach.jpg"]                                                             | malformed_json
            missing filename          | {"contentType":"image/jpeg","size":1}                                     | missing_field
            missing contentType       | {"filename":"a.jpg","size":1}                                             | missing_field
            missing size              | {"filename":"a.jpg","contentType":"image/jpeg"}                           | missing_field
            null size                 | {"filename":"a.jpg","contentType":"image/jpeg","size":null}               | missing_field
            size as text              | {"filename":"a.jpg","contentType":"image/jpeg","size":"1"}                | invalid_field
            fractional size           | {"filename":"a.jpg","contentType":"image/jpeg","size":1.5}                | invalid_field
            huge exponent             | {"filename":"a.jpg","contentType":"image/jpeg","size":1e999999999}        | invalid_size
            filename as number        | {"filename":7,"contentType":"image/jpeg","size":1}                        | invalid_field
            unknown field             | {"filename":"a.jpg","contentType":"image/jpeg","size":1,"key":"x"}        | unknown_field
            webp                      | {"filename":"a.webp","contentType":"image/webp","size":1}                 | unsupported_type
            svg                       | {"filename":"a.svg","contentType":"image/svg+xml","size":1}               | unsupported_type
            png named jpg             | {"filename":"a.jpg","contentType":"image/png","size":1}                   | extension_mismatch
            no extension              | {"filename":"photo","contentType":"image/jpeg","size":1}                  | extension_mismatch
            size zero                 | {"filename":"a.jpg","contentType":"image/jpeg","size":0}                  | invalid_size
            negative size             | {"filename":"a.jpg","contentType":"image/jpeg","size":-1}                 | invalid_size
            above MAX_SOURCE_BYTES    | {"filename":"a.jpg","contentType":"image/jpeg","size":1001}               | too_large
            dot dot                   | {"filename":"..","contentType":"image/jpeg","size":1}                     | invalid_name
            traversal                 | {"filename":"../bob/a.jpg","contentType":"image/jpeg","size":1}           | invalid_name
            leading slash             | {"filename":"/a.jpg","contentType":"image/jpeg","size":1}                 | invalid_name
            backslash                 | {"filename":"..\\\\a.jpg","contentType":"image/jpeg","size":1}            | invalid_name
            album traversal           | {"filename":"a.jpg","contentType":"image/jpeg","size":1,"album":"../bob"} | invalid_name
            album with slash          | {"filename":"a.jpg","contentType":"image/jpeg","size":1,"album":"a/b"}    | invalid_name
            empty album               | {"filename":"a.jpg","contentType":"image/jpeg","size":1,"album":""}       | invalid_name
            newline                   | {"filename":"a\\n.jpg","contentType":"image/jpeg","size":1}               | invalid_name
            nul                       | {"filename":"a\\u0000.jpg","contentType":"image/jpeg","size":1}           | invalid_name
            right-to-left override    | {"filename":"a\\u202egpj.png","contentType":"image/png","size":1}         | invalid_name
            unpaired surrogate        | {"filename":"a\\ud800.jpg","contentType":"image/jpeg","size":1}           | invalid_name
            trailing space            | {"filename":"a.jpg ","contentType":"image/jpeg","size":1}                 | invalid_name
            """)
    void post_badRequest_is400WithItsCode(String name, String body, String code) {
        ApiResponse response = post(body);

        assertEquals(400, response.status(), response.body());
        assertEquals(code, errorCode(response));
    }

    @Test
    void post_filenameOver255Bytes_isRefused() {
        ApiResponse response = post("{\"filename\":\"" + "é".repeat(126) + ".jpg\",\"contentType\":\"image/jpeg\",\"size\":1}");

        assertEquals("invalid_name", errorCode(response));
    }

    @Test
    void post_keyWhoseLongestThumbnailKeyExceeds1024Bytes_isRefused() {
        Map<String, String> env = Map.of("UPLOAD_BUCKET", BUCKET, "UPLOAD_PREFIX", "uploads/", "THUMBNAIL_PREFIX", "t".repeat(400) + "/");
        UploadRoutes longPrefix = new UploadRoutes(new UploadApi(SettingsParser.parse(env), SettingsParser.parseUploads(env), stores, stores), log::add);
        String body = "{\"filename\":\"%s.jpg\",\"contentType\":\"image/jpeg\",\"size\":1,\"album\":\"%s\"}";
        Optional<String> owner = Optional.of("o".repeat(128));

        ApiResponse fits = longPrefix.handle(new ApiRequest("POST", "/uploads", Map.of(), body.formatted("f".repeat(200), "a".repeat(255)), owner));
        ApiResponse tooLong = longPrefix.handle(new ApiRequest("POST", "/uploads", Map.of(), body.formatted("f".repeat(220), "a".repeat(255)), owner));

        assertEquals(201, fits.status(), "401 + len(_rejected/) + 603 = 1014 bytes");
        assertEquals("key_too_long", errorCode(tooLong));
    }

    @Test
    void post_bodyAbove8KiB_isRefused() {
        ApiResponse response = post("{\"filename\":\"" + "a".repeat(9000) + "\"}");

        assertEquals("body_too_large", errorCode(response));
    }

    @Test
    void anyRoute_withoutOwner_is401() {
        ApiResponse response = call("POST", "{}", Map.of(), null);

        assertEquals(401, response.status());
        assertEquals("unauthenticated", errorCode(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".hidden", "a/b", "a b", "", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void anyRoute_subjectThatCannotBeAFolder_is403(String sub) {
        ApiResponse response = call("GET", "", Map.of(), sub.isEmpty() ? "\u0000" : sub);

        assertEquals(403, response.status());
        assertEquals("unusable_identity", errorCode(response));
    }

    @Test
    void put_otherMethod_is405() {
        assertEquals(405, call("PUT", "", Map.of(), "alice").status());
    }

    @Test
    void otherPath_is404() {
        ApiResponse response = routes.handle(new ApiRequest("GET", "/other", Map.of(), "", Optional.of("alice")));

        assertEquals("no_such_route", errorCode(response));
    }

    @Test
    void get_pendingUpload_isPending() {
        stores.putObject(BUCKET, "uploads/users/alice/a.jpg", "e1", Map.of(), new byte[10]);

        Map<?, ?> body = json(call("GET", "", Map.of("key", "uploads/users/alice/a.jpg"), "alice"));

        assertEquals("pending", body.get("state"));
        assertEquals(Map.of(), body.get("thumbnails"));
    }

    @Test
    void get_everySizeCurrent_isReadyWithUrlsAndDimensions() {
        stores.putObject(BUCKET, "uploads/users/alice/a.jpg", "e1", Map.of(), new byte[10]);
        stores.putObject(BUCKET, "thumbnails/small/uploads/users/alice/a.jpg", "t1", derivative("e1", 128, 96), new byte[3]);
        stores.putObject(BUCKET, "thumbnails/medium/uploads/users/alice/a.jpg", "t2", derivative("e1", 512, 384), new byte[3]);

        Map<?, ?> body = json(call("GET", "", Map.of("key", "uploads/users/alice/a.jpg"), "alice"));

        Map<?, ?> small = (Map<?, ?>) ((Map<?, ?>) body.get("thumbnails")).get("small");
        assertEquals("ready", body.get("state"));
        assertEquals("https://s3.test/photos/thumbnails/small/uploads/users/alice/a.jpg?get", small.get("url"));
        assertEquals(128, ((Number) small.get("width")).intValue());
        assertEquals(96, ((Number) small.get("height")).intValue());
        assertEquals("image/jpeg", small.get("contentType"));
        assertTrue(((Map<?, ?>) body.get("thumbnails")).containsKey("medium"));
    }

    @Test
    void get_readyUpload_costsOneHeadPerSizePlusTheOriginal() {
        stores.putObject(BUCKET, "uploads/users/alice/a.jpg", "e1", Map.of(), new byte[10]);
        stores.putObject(BUCKET, "thumbnails/small/uploads/users/alice/a.jpg", "t1", derivative("e1", 1, 1), new byte[3]);
        stores.putObject(BUCKET, "thumbnails/medium/uploads/users/alice/a.jpg", "t2", derivative("e1", 1, 1), new byte[3]);

        call("GET", "", Map.of("key", "uploads/users/alice/a.jpg"), "alice");

        assertEquals(3, stores.heads.get());
    }

    @Test
    void get_thumbnailsOfAnOlderVersion_isPending() {
        stores.putObject(BUCKET, "uploads/users/alice/a.jpg", "e2", Map.of(), new byte[10]);
        stores.putObject(BUCKET, "thumbnails/small/uploads/users/alice/a.jpg", "t1", derivative("e1", 1, 1), new byte[3]);
        stores.putObject(BUCKET, "thumbnails/medium/uploads/users/alice/a.jpg", "t2", derivative("e1", 1, 1), new byte[3]);

        assertEquals("pending", json(call("GET", "", Map.of("key", "uploads/users/alice/a.jpg"), "alice")).get("state"));
    }

    @Test
    void get_currentRejectionMarker_isRejectedWithReason() {
        stores.putObject(BUCKET, "uploads/users/alice/a.jpg", "e1", Map.of(), new byte[10]);
        stores.putObject(BUCKET, "thumbnails/_rejected/uploads/users/alice/a.jpg", "m1",
                Map.of(DerivativeMetadata.SOURCE_ETAG, "e1", DerivativeMetadata.REJECTION_CODE, "unsupported_type"),
                "content is text, not JPEG, PNG or GIF".getBytes(StandardCharsets.UTF_8));

        Map<?, ?> body = json(call("GET", "", Map.of("key", "uploads/users/alice/a.jpg"), "alice"));

        assertEquals("rejected", body.get("state"));
        assertEquals("content is text, not JPEG, PNG or GIF", body.get("reason"));
        assertEquals("unsupported_type", body.get("code"));
    }

    @Test
    void get_staleRejectionMarker_isIgnored() {
        stores.putObject(BUCKET, "uploads/users/alice/a.jpg", "e2", Map.of(), new byte[10]);
        stores.putObject(BUCKET, "thumbnails/_rejected/uploads/users/alice/a.jpg", "m1",
                Map.of(DerivativeMetadata.SOURCE_ETAG, "e1"), "old reason".getBytes(StandardCharsets.UTF_8));

        assertEquals("pending", json(call("GET", "", Map.of("key", "uploads/users/alice/a.jpg"), "alice")).get("state"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uploads/users/bob/a.jpg", "uploads/users/alice/../bob/a.jpg", "uploads/users/alicex/a.jpg",
        "uploads/users/alice/x/y/a.jpg", "thumbnails/small/uploads/users/alice/a.jpg", "", "uploads/users/alice/"})
    void getAndDelete_keyOutsideTheCallersFolder_is404(String key) {
        stores.putObject(BUCKET, key, "e1", Map.of(), new byte[1]);

        ApiResponse status = call("GET", "", Map.of("key", key), "alice");
        ApiResponse delete = call("DELETE", "", Map.of("key", key), "alice");

        assertEquals(404, status.status());
        assertEquals(404, delete.status());
        assertTrue(stores.objects.containsKey(BUCKET + "/" + key), "nothing deleted");
    }

    @Test
    void get_missingOwnKey_is404() {
        assertEquals(404, call("GET", "", Map.of("key", "uploads/users/alice/none.jpg"), "alice").status());
    }

    @Test
    void delete_ownKey_removesOnlyTheOriginal() {
        stores.putObject(BUCKET, "uploads/users/alice/a.jpg", "e1", Map.of(), new byte[10]);
        stores.putObject(BUCKET, "thumbnails/small/uploads/users/alice/a.jpg", "t1", derivative("e1", 1, 1), new byte[3]);

        ApiResponse response = call("DELETE", "", Map.of("key", "uploads/users/alice/a.jpg"), "alice");

        assertEquals(204, response.status());
        assertEquals(List.of(BUCKET + "/thumbnails/small/uploads/users/alice/a.jpg"), List.copyOf(stores.objects.keySet()));
    }

    @Test
    void delete_withoutKey_is400() {
        assertEquals("missing_parameter", errorCode(call("DELETE", "", Map.of(), "alice")));
    }

    @Test
    void list_callersUploads_onlyTheirsInPages() {
        stores.putObject(BUCKET, "uploads/users/alice/a.jpg", "e", Map.of(), new byte[1]);
        stores.putObject(BUCKET, "uploads/users/alice/summer/b.jpg", "e", Map.of(), new byte[2]);
        stores.putObject(BUCKET, "uploads/users/alice/summer/c.jpg", "e", Map.of(), new byte[3]);
        stores.putObject(BUCKET, "uploads/users/alicex/d.jpg", "e", Map.of(), new byte[1]);
        stores.putObject(BUCKET, "uploads/users/bob/e.jpg", "e", Map.of(), new byte[1]);

        Map<?, ?> first = json(call("GET", "", Map.of("limit", "2"), "alice"));
        Map<?, ?> second = json(call("GET", "", Map.of("limit", "2", "cursor", (String) first.get("nextCursor")), "alice"));
        Map<?, ?> album = json(call("GET", "", Map.of("album", "summer"), "alice"));

        assertEquals(List.of("uploads/users/alice/a.jpg", "uploads/users/alice/summer/b.jpg"), keys(first));
        assertEquals(List.of("uploads/users/alice/summer/c.jpg"), keys(second));
        assertFalse(second.containsKey("nextCursor"));
        assertEquals(List.of("uploads/users/alice/summer/b.jpg", "uploads/users/alice/summer/c.jpg"), keys(album));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "ten", ""})
    void list_badLimit_is400(String limit) {
        assertEquals("invalid_limit", errorCode(call("GET", "", Map.of("limit", limit), "alice")));
    }

    @Test
    void list_albumTraversal_is400() {
        assertEquals("invalid_name", errorCode(call("GET", "", Map.of("album", ".."), "alice")));
    }

    @Test
    void storageFailure_is503AndLogged() {
        stores.failing = true;

        ApiResponse response = call("GET", "", Map.of(), "alice");

        assertEquals(503, response.status());
        assertEquals("storage_unavailable", errorCode(response));
        assertEquals(1, log.size());
    }

    @Test
    void unexpectedFailure_is400NotA500() {
        UploadRoutes broken = new UploadRoutes(null, log::add);

        ApiResponse response = broken.handle(new ApiRequest("POST", "/uploads", Map.of(), "{}", Optional.of("alice")));

        assertEquals(400, response.status());
        assertEquals("invalid_request", errorCode(response));
        assertEquals(1, log.size());
    }

    private static Map<String, String> derivative(String sourceETag, int width, int height) {
        return Map.of(DerivativeMetadata.SOURCE_ETAG, sourceETag, DerivativeMetadata.WIDTH, "" + width, DerivativeMetadata.HEIGHT, "" + height);
    }

    private static List<Object> keys(Map<?, ?> page) {
        return ((List<?>) page.get("uploads")).stream().map(u -> ((Map<?, ?>) u).get("key")).map(Object.class::cast).toList();
    }
}
