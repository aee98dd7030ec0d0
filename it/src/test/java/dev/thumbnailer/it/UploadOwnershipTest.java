package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.testkit.TestImages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.s3.S3Client;

/** Another owner's uploads can be neither read, listed nor deleted: each is a 404, as for a key that does not exist. */
class UploadOwnershipTest {

    static EmbeddedS3 server;
    static S3Client s3;
    static UploadApiBed bed;
    static String bobsKey;

    @BeforeAll
    static void start() {
        server = EmbeddedS3.start();
        s3 = server.client();
        bed = new UploadApiBed(server, s3, Map.of());
        byte[] body = TestImages.jpeg(30, 30);
        UploadApiBed.Answer signed = bed.post("bob", "private.jpg", "image/jpeg", body.length, "family");
        UploadApiBed.upload(signed, body);
        bobsKey = signed.string("key");
        bed.created(bobsKey);
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    @Test
    void status_ofAnotherOwnersKey_is404() {
        UploadApiBed.Answer answer = bed.status("alice", bobsKey);

        assertEquals(404, answer.status());
        assertEquals("not_found", answer.errorCode());
        assertEquals("ready", bed.status("bob", bobsKey).string("state"), "the owner does see it");
    }

    @Test
    void delete_ofAnotherOwnersKey_is404AndDeletesNothing() {
        UploadApiBed.Answer answer = bed.call("alice", "DELETE", Map.of("key", bobsKey), null);

        assertEquals(404, answer.status());
        assertEquals(List.of(bobsKey), s3.listObjectsV2(r -> r.bucket(bed.bucket).prefix("uploads/")).contents().stream().map(o -> o.key()).toList());
    }

    @Test
    void list_showsOnlyTheCallersOwn() {
        UploadApiBed.Answer alices = bed.call("alice", "GET", Map.of(), null);
        UploadApiBed.Answer albumOfTheSameName = bed.call("alice", "GET", Map.of("album", "family"), null);
        UploadApiBed.Answer bobs = bed.call("bob", "GET", Map.of(), null);

        assertEquals(List.of(), UploadApiFlowTest.keys(alices));
        assertEquals(List.of(), UploadApiFlowTest.keys(albumOfTheSameName));
        assertEquals(List.of(bobsKey), UploadApiFlowTest.keys(bobs));
    }

    @ParameterizedTest
    @ValueSource(strings = {"uploads/users/alice/../bob/family/private.jpg", "uploads/users/alice/%2e%2e/bob/family/private.jpg",
        "thumbnails/small/uploads/users/bob/family/private.jpg", "uploads/users/bob/family/private.jpg"})
    void status_keysReachingIntoAnotherFolder_are404(String key) {
        assertEquals(404, bed.status("alice", key).status());
    }

    @Test
    void post_filenameClimbingIntoAnotherFolder_is400AndSignsNothing() {
        UploadApiBed.Answer answer = bed.post("alice", "../../bob/family/private.jpg", "image/jpeg", 10, null);

        assertEquals(400, answer.status());
        assertEquals("invalid_name", answer.errorCode());
    }
}
