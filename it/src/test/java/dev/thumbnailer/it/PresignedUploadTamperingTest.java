package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.testkit.TestImages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The guarantees of a presigned PUT come from the S3 server checking its signature, so they are
 * tested against one that does: a browser cannot upload another type, another size, another key,
 * or after the URL expired, than the API agreed to.
 */
class PresignedUploadTamperingTest {

    static EmbeddedS3 server;
    static S3Client s3;

    @BeforeAll
    static void start() {
        server = EmbeddedS3.start();
        s3 = server.client();
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    @Test
    void upload_withTheSignedHeaders_isAccepted() {
        UploadApiBed bed = new UploadApiBed(server, s3, Map.of());
        byte[] body = TestImages.jpeg(20, 20);
        UploadApiBed.Answer signed = bed.post("alice", "a.jpg", "image/jpeg", body.length, null);

        int status = UploadApiBed.upload(signed, body);

        assertEquals(200, status);
        assertEquals(List.of("uploads/users/alice/a.jpg"), bed.keys());
        assertEquals("image/jpeg", s3.headObject(r -> r.bucket(bed.bucket).key("uploads/users/alice/a.jpg")).contentType());
    }

    @Test
    void upload_withAnotherContentType_isRefusedByTheServer() {
        UploadApiBed bed = new UploadApiBed(server, s3, Map.of());
        byte[] body = TestImages.jpeg(20, 20);
        UploadApiBed.Answer signed = bed.post("alice", "a.jpg", "image/jpeg", body.length, null);

        int status = UploadApiBed.put(signed.string("url"), Map.of("Content-Type", "text/html"), body);

        assertEquals(403, status);
        assertEquals(List.of(), bed.keys());
    }

    @Test
    void upload_withoutTheContentType_isRefusedByTheServer() {
        UploadApiBed bed = new UploadApiBed(server, s3, Map.of());
        byte[] body = TestImages.jpeg(20, 20);
        UploadApiBed.Answer signed = bed.post("alice", "a.jpg", "image/jpeg", body.length, null);

        int status = UploadApiBed.put(signed.string("url"), Map.of(), body);

        assertEquals(403, status);
    }

    @Test
    void upload_ofALongerBody_isRefusedByTheServer() {
        UploadApiBed bed = new UploadApiBed(server, s3, Map.of());
        UploadApiBed.Answer signed = bed.post("alice", "a.jpg", "image/jpeg", 100, null);

        int longer = UploadApiBed.upload(signed, new byte[5000]);
        int shorter = UploadApiBed.upload(signed, new byte[99]);

        assertEquals(403, longer);
        assertEquals(403, shorter);
        assertEquals(List.of(), bed.keys());
    }

    @Test
    void upload_toAnotherKeyWithTheSameSignature_isRefusedByTheServer() {
        UploadApiBed bed = new UploadApiBed(server, s3, Map.of());
        byte[] body = TestImages.jpeg(20, 20);
        UploadApiBed.Answer signed = bed.post("alice", "a.jpg", "image/jpeg", body.length, null);
        String elsewhere = signed.string("url").replace("/users/alice/a.jpg", "/users/bob/a.jpg");

        int status = UploadApiBed.put(elsewhere, Map.of("Content-Type", "image/jpeg"), body);

        assertEquals(403, status);
        assertEquals(List.of(), bed.keys());
    }

    @Test
    void upload_afterTheUrlExpired_isRefusedByTheServer() throws InterruptedException {
        UploadApiBed bed = new UploadApiBed(server, s3, Map.of("UPLOAD_URL_TTL_SECONDS", "1"));
        byte[] body = TestImages.jpeg(20, 20);
        UploadApiBed.Answer signed = bed.post("alice", "a.jpg", "image/jpeg", body.length, null);
        Thread.sleep(2100);

        int status = UploadApiBed.upload(signed, body);

        assertEquals(403, status);
        assertEquals(List.of(), bed.keys());
    }
}
