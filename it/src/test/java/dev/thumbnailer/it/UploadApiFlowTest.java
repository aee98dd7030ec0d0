package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.testkit.ImageFacts;
import dev.thumbnailer.testkit.TestImages;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/** The upload API end to end: sign, PUT over HTTP, the function's event, the status a page polls, delete. */
class UploadApiFlowTest {

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

    static UploadApiBed bed() {
        return new UploadApiBed(server, s3, Map.of("DERIVATIVE_CACHE_CONTROL", "public, max-age=120"));
    }

    static String upload(UploadApiBed bed, String owner, String filename, String type, byte[] body, String album) {
        UploadApiBed.Answer signed = bed.post(owner, filename, type, body.length, album);
        assertEquals(201, signed.status(), signed.body().toString());
        assertEquals(200, UploadApiBed.upload(signed, body), "the S3 server accepts the signed upload");
        return signed.string("key");
    }

    @Test
    void signedUpload_processed_isReadyWithEverySizeReadableThroughItsUrl() {
        UploadApiBed bed = bed();
        String key = upload(bed, "alice", "beach.jpg", "image/jpeg", TestImages.jpeg(1200, 800), "summer-2024");

        UploadApiBed.Answer pending = bed.status("alice", key);
        bed.created(key);
        UploadApiBed.Answer ready = bed.status("alice", key);

        assertEquals("uploads/users/alice/summer-2024/beach.jpg", key);
        assertEquals("pending", pending.string("state"));
        assertEquals("ready", ready.string("state"));
        Map<?, ?> thumbnails = (Map<?, ?>) ready.body().get("thumbnails");
        assertEquals(List.of("small", "medium"), List.copyOf(thumbnails.keySet()));
        Map<?, ?> medium = (Map<?, ?>) thumbnails.get("medium");
        HttpResponse<byte[]> image = UploadApiBed.get((String) medium.get("url"));
        ImageFacts decoded = ImageFacts.of(image.body());
        assertEquals(200, image.statusCode());
        assertEquals(new ImageFacts("jpeg", 512, 341, false), decoded);
        assertEquals(512, ((Number) medium.get("width")).intValue());
        assertEquals(341, ((Number) medium.get("height")).intValue());
        assertEquals("image/jpeg", medium.get("contentType"));
        assertEquals("public, max-age=120", image.headers().firstValue("Cache-Control").orElse(null), "DERIVATIVE_CACHE_CONTROL on derivatives");
    }

    @Test
    void sameNamedUpload_replacesTheOriginal_andItsThumbnailsConverge() {
        UploadApiBed bed = bed();
        String first = upload(bed, "alice", "me.png", "image/png", TestImages.png(400, 200), null);
        bed.created(first);

        String second = upload(bed, "alice", "me.png", "image/png", TestImages.png(100, 300), null);
        UploadApiBed.Answer stale = bed.status("alice", second);
        bed.created(second);
        UploadApiBed.Answer ready = bed.status("alice", second);

        assertEquals(first, second);
        assertEquals("pending", stale.string("state"), "thumbnails of the replaced original are not 'ready'");
        Map<?, ?> small = (Map<?, ?>) ((Map<?, ?>) ready.body().get("thumbnails")).get("small");
        assertEquals(new ImageFacts("png", 43, 128, true), ImageFacts.of(UploadApiBed.get((String) small.get("url")).body()));
        assertEquals(List.of("thumbnails/medium/" + first, "thumbnails/small/" + first, first), bed.keys());
    }

    @Test
    void textNamedJpg_isRejectedWithTheFunctionsReason_andAGoodReuploadIsReady() {
        UploadApiBed bed = bed();
        String key = upload(bed, "alice", "notes.jpg", "image/jpeg", "just some text".getBytes(StandardCharsets.UTF_8), null);

        assertInstanceOf(Outcome.Rejected.class, bed.created(key).getFirst());
        UploadApiBed.Answer rejected = bed.status("alice", key);
        upload(bed, "alice", "notes.jpg", "image/jpeg", TestImages.jpeg(64, 64), null);
        UploadApiBed.Answer beforeProcessing = bed.status("alice", key);
        bed.created(key);
        UploadApiBed.Answer ready = bed.status("alice", key);

        assertEquals("rejected", rejected.string("state"));
        assertEquals("content is text, not JPEG, PNG or GIF", rejected.string("reason"));
        assertEquals("unsupported_type", rejected.string("code"));
        assertEquals("pending", beforeProcessing.string("state"), "the marker of the replaced original no longer counts");
        assertEquals("ready", ready.string("state"));
    }

    @Test
    void delete_removesTheOriginal_andTheCleanupEventItsThumbnailsAndMarker() {
        UploadApiBed bed = bed();
        String good = upload(bed, "alice", "cat.gif", "image/gif", TestImages.movingSplitGif(3, 40, 40), "pets");
        String bad = upload(bed, "alice", "dog.gif", "image/gif", TestImages.png(10, 10), "pets");
        bed.created(good);
        bed.created(bad);

        UploadApiBed.Answer deletedGood = bed.call("alice", "DELETE", Map.of("key", good), null);
        UploadApiBed.Answer deletedBad = bed.call("alice", "DELETE", Map.of("key", bad), null);
        bed.removed(good);
        bed.removed(bad);

        assertEquals(204, deletedGood.status());
        assertEquals(204, deletedBad.status());
        assertEquals(List.of(), bed.keys());
        assertEquals(404, bed.status("alice", good).status());
    }

    @Test
    void list_givesTheCallersUploadsByAlbumAndPage() {
        UploadApiBed bed = bed();
        upload(bed, "alice", "a.jpg", "image/jpeg", TestImages.jpeg(8, 8), "x");
        upload(bed, "alice", "b.jpg", "image/jpeg", TestImages.jpeg(8, 8), "x");
        upload(bed, "alice", "c.jpg", "image/jpeg", TestImages.jpeg(8, 8), "y");

        UploadApiBed.Answer page1 = bed.call("alice", "GET", Map.of("limit", "2"), null);
        UploadApiBed.Answer page2 = bed.call("alice", "GET", Map.of("limit", "2", "cursor", page1.string("nextCursor")), null);
        UploadApiBed.Answer albumY = bed.call("alice", "GET", Map.of("album", "y"), null);

        assertEquals(List.of("uploads/users/alice/x/a.jpg", "uploads/users/alice/x/b.jpg"), keys(page1));
        assertEquals(List.of("uploads/users/alice/y/c.jpg"), keys(page2));
        assertFalse(page2.body().containsKey("nextCursor"));
        assertEquals(List.of("uploads/users/alice/y/c.jpg"), keys(albumY));
    }

    @Test
    void storageDown_is503NotA500() {
        UploadApiBed bed = bed();
        EmbeddedS3 gone = EmbeddedS3.start();
        UploadApiBed broken = new UploadApiBed(gone, gone.client(), Map.of());
        gone.close();

        UploadApiBed.Answer answer = broken.call("alice", "GET", Map.of(), null);

        assertEquals(503, answer.status());
        assertEquals("storage_unavailable", answer.errorCode());
        assertTrue(bed.keys().isEmpty());
    }

    static List<Object> keys(UploadApiBed.Answer page) {
        return ((List<?>) page.body().get("uploads")).stream().map(u -> ((Map<?, ?>) u).get("key")).map(Object.class::cast).toList();
    }
}
