package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.image.png.PngDecoder;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.EmbeddedS3Extension;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.storage.StorageException;
import dev.thumbnailer.testkit.ImageFacts;
import dev.thumbnailer.testkit.PngBytes;
import dev.thumbnailer.testkit.TestImages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

class ThumbnailFunctionTest {

    @RegisterExtension
    static final EmbeddedS3Extension S3 = new EmbeddedS3Extension();

    private static S3TestBed bed() {
        return new S3TestBed(S3, Map.of());
    }

    @Test
    void putJpeg_withSpacesAndUnicodeInKey_makesEveryDefaultSizeBesideIt() {
        S3TestBed bed = bed();
        String key = "photos/été 2024/cat.jpg";
        byte[] original = TestImages.jpeg(2000, 1500);
        bed.put(key, original);

        List<Outcome> outcomes = bed.created(key);

        assertInstanceOf(Outcome.Thumbnailed.class, outcomes.getFirst());
        assertDerivative(bed, "thumbnails/small/" + key, "jpeg", 128, 96, "image/jpeg");
        assertDerivative(bed, "thumbnails/medium/" + key, "jpeg", 512, 384, "image/jpeg");
        assertArrayEquals(original, bed.get(key).orElseThrow(), "original untouched");
    }

    @Test
    void presignedPutFromABrowser_png_keepsFormatAndAlpha() throws Exception {
        S3TestBed bed = bed();
        String key = "uploads/logo (1).png";
        byte[] original = TestImages.png(1000, 500);
        URI url = S3.server().presigner().presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                .putObjectRequest(r -> r.bucket(bed.bucket).key(key).contentType("image/png"))).url().toURI();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                .header("Content-Type", "image/png").PUT(HttpRequest.BodyPublishers.ofByteArray(original)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        bed.createdEvent("ObjectCreated:Put", key);

        ImageFacts small = assertDerivative(bed, "thumbnails/small/" + key, "png", 128, 64, "image/png");
        assertTrue(small.alpha(), "PNG alpha kept");
        assertArrayEquals(original, bed.get(key).orElseThrow());
    }

    @Test
    void putGif_upperCaseExtension_keepsGifAndTheExtensionCase() {
        S3TestBed bed = bed();
        bed.put("IMG_1.GIF", TestImages.gif(300, 200));

        bed.created("IMG_1.GIF");

        assertDerivative(bed, "thumbnails/small/IMG_1.GIF", "gif", 128, 85, "image/gif");
        assertDerivative(bed, "thumbnails/medium/IMG_1.GIF", "gif", 300, 200, "image/gif");
    }

    @Test
    void multipartUpload_completeEvent_isThumbnailed() {
        S3TestBed bed = bed();
        String key = "big/multi part.jpg";
        byte[] original = TestImages.jpeg(1200, 900);
        String uploadId = S3.client().createMultipartUpload(r -> r.bucket(bed.bucket).key(key)).uploadId();
        String eTag = S3.client().uploadPart(r -> r.bucket(bed.bucket).key(key).uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(original)).eTag();
        S3.client().completeMultipartUpload(r -> r.bucket(bed.bucket).key(key).uploadId(uploadId)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(eTag).build())));

        List<Outcome> outcomes = bed.createdEvent("ObjectCreated:CompleteMultipartUpload", key);

        assertInstanceOf(Outcome.Thumbnailed.class, outcomes.getFirst());
        assertDerivative(bed, "thumbnails/small/" + key, "jpeg", 128, 96, "image/jpeg");
    }

    @Test
    void copyEvent_copiedOriginal_isThumbnailed() {
        S3TestBed bed = bed();
        bed.put("a/source.png", TestImages.png(400, 400));
        S3.client().copyObject(r -> r.sourceBucket(bed.bucket).sourceKey("a/source.png").destinationBucket(bed.bucket).destinationKey("b/copy.png"));

        bed.createdEvent("ObjectCreated:Copy", "b/copy.png");

        assertDerivative(bed, "thumbnails/small/b/copy.png", "png", 128, 128, "image/png");
    }

    @Test
    void mixedEvent_badRecordsAreRejectedAndLogged_goodOnesStillProcessed() {
        S3TestBed bed = bed();
        bed.put("ok.jpg", TestImages.jpeg(300, 300));
        bed.put("notes.jpg", "just text".getBytes(StandardCharsets.UTF_8));
        bed.put("really-a-png.jpg", TestImages.png(50, 50));
        bed.put("later-ok.gif", TestImages.gif(50, 50));

        List<Outcome> outcomes = bed.created("ok.jpg", "notes.jpg", "really-a-png.jpg", "later-ok.gif");

        assertAll(
                () -> assertInstanceOf(Outcome.Thumbnailed.class, outcomes.get(0)),
                () -> assertInstanceOf(Rejection.UnsupportedType.class, assertInstanceOf(Outcome.Rejected.class, outcomes.get(1)).rejection()),
                () -> assertInstanceOf(Rejection.ExtensionMismatch.class, assertInstanceOf(Outcome.Rejected.class, outcomes.get(2)).rejection()),
                () -> assertInstanceOf(Outcome.Thumbnailed.class, outcomes.get(3)));
        assertEquals(List.of("later-ok.gif", "notes.jpg", "ok.jpg", "really-a-png.jpg",
                "thumbnails/_rejected/notes.jpg", "thumbnails/_rejected/really-a-png.jpg", "thumbnails/medium/later-ok.gif", "thumbnails/medium/ok.jpg", "thumbnails/small/later-ok.gif", "thumbnails/small/ok.jpg"), bed.keys());
        String rejectionLog = bed.logLines.stream().filter(l -> l.contains("notes.jpg")).findFirst().orElseThrow();
        assertTrue(rejectionLog.startsWith("{\"level\":\"WARN\",\"outcome\":\"rejected\""), rejectionLog);
        assertTrue(rejectionLog.contains("\"reason\":\"content is text, not JPEG, PNG or GIF\""), rejectionLog);
        assertTrue(rejectionLog.matches(".*\"ms\":\\d+.*"), rejectionLog);
    }

    /** MAX_ANIMATION_FRAMES from the environment: over it, a still of the first frame and a log line that says so. */
    @ParameterizedTest(name = "MAX_ANIMATION_FRAMES={0}")
    @ValueSource(ints = {2, 3})
    void animatedGif_aboveMaxAnimationFrames_getsAStillAndTheLogLineSaysSo(int maxFrames) {
        S3TestBed bed = new S3TestBed(S3, Map.of("MAX_ANIMATION_FRAMES", Integer.toString(maxFrames)));
        bed.put("anim.gif", TestImages.movingSplitGif(3, 300, 200));

        List<Outcome> outcomes = bed.created("anim.gif");

        assertInstanceOf(Outcome.Thumbnailed.class, outcomes.getFirst());
        boolean over = maxFrames < 3;
        for (String size : List.of("small", "medium")) {
            assertEquals(over ? 1 : 3, TestImages.frameCount(bed.get("thumbnails/" + size + "/anim.gif").orElseThrow()), size);
        }
        String log = bed.logLines.stream().filter(l -> l.contains("\"key\":\"anim.gif\"")).findFirst().orElseThrow();
        assertTrue(log.startsWith("{\"level\":\"INFO\",\"outcome\":\"thumbnailed\""), log);
        assertEquals(over, log.contains("\"notes\":[\"animation has more than 2 frames (MAX_ANIMATION_FRAMES): "
                + "the thumbnail is a still of its first frame\"]"), log);
    }

    /** The same for an animated PNG: up to the cap every size stays an APNG of all its frames; over it, a still of its default image. */
    @ParameterizedTest(name = "MAX_ANIMATION_FRAMES={0}")
    @ValueSource(ints = {2, 3})
    void animatedPng_staysAnimatedUpToMaxAnimationFramesAndAboveGetsAStill(int maxFrames) throws Exception {
        S3TestBed bed = new S3TestBed(S3, Map.of("MAX_ANIMATION_FRAMES", Integer.toString(maxFrames)));
        PngBytes.Pixels red = (x, y) -> new int[] {255, 0, 0, 255};
        PngBytes.Pixels blue = (x, y) -> new int[] {0, 0, 255, 255};
        bed.put("anim.png", new PngBytes.Apng(300, 200, PngBytes.RGBA).frame(1, 10, red).frame(1, 10, blue)
                .frame(100, 50, 100, 100, 1, 10, PngBytes.Apng.BACKGROUND, PngBytes.Apng.OVER, red).encode());

        List<Outcome> outcomes = bed.created("anim.png");

        assertInstanceOf(Outcome.Thumbnailed.class, outcomes.getFirst());
        boolean over = maxFrames < 3;
        for (String size : List.of("small", "medium")) {
            byte[] thumbnail = bed.get("thumbnails/" + size + "/anim.png").orElseThrow();
            assertEquals(over ? 1 : 3, PngDecoder.probe(thumbnail, Long.MAX_VALUE).frames(), size);
        }
        String log = bed.logLines.stream().filter(l -> l.contains("\"key\":\"anim.png\"")).findFirst().orElseThrow();
        assertEquals(over, log.contains("\"notes\":[\"animation has more than 2 frames (MAX_ANIMATION_FRAMES): "
                + "the thumbnail is a still of its default image\"]"), log);
    }

    @Test
    void keyUnderThumbnailPrefix_isSkippedSoWritingBesideTheSourceNeverLoops() {
        S3TestBed bed = bed();
        bed.put("thumbnails/small/x.jpg", TestImages.jpeg(100, 100));

        List<Outcome> outcomes = bed.created("thumbnails/small/x.jpg");

        assertInstanceOf(Outcome.Skipped.class, outcomes.getFirst());
        assertEquals(List.of("thumbnails/small/x.jpg"), bed.keys());
        assertEquals(0, bed.requests.total(), "not even a HEAD");
    }

    @Test
    void malformedKeyEscape_isARejectionAndTheNextRecordStillRuns() {
        S3TestBed bed = bed();
        bed.put("fine.png", TestImages.png(20, 20));
        String json = dev.thumbnailer.local.S3Events.json(
                new dev.thumbnailer.local.S3Events.Notification("ObjectCreated:Put", bed.bucket, "placeholder", 1, "e"),
                new dev.thumbnailer.local.S3Events.Notification("ObjectCreated:Put", bed.bucket, "fine.png", 1, "e"))
                .replaceFirst("\"key\": \"placeholder\"", "\"key\": \"bad%zzkey.jpg\"");

        List<Outcome> outcomes = bed.thumbnailHandler().handle(dev.thumbnailer.local.S3Events.parse(json), null);

        assertInstanceOf(Rejection.MalformedKey.class, assertInstanceOf(Outcome.Rejected.class, outcomes.get(0)).rejection());
        assertInstanceOf(Outcome.Thumbnailed.class, outcomes.get(1));
    }

    @Test
    void originalAboveMaxSourceBytes_isRejectedWithoutDownloadingIt() {
        S3TestBed bed = new S3TestBed(S3, Map.of("MAX_SOURCE_BYTES", "1000"));
        bed.put("huge.jpg", TestImages.jpeg(800, 800));

        List<Outcome> outcomes = bed.created("huge.jpg");

        assertInstanceOf(Rejection.TooLarge.class, assertInstanceOf(Outcome.Rejected.class, outcomes.getFirst()).rejection());
        assertEquals(null, bed.requests.counts().get("GetObject"), "rejected from HEAD alone: " + bed.requests.counts());
        assertEquals(List.of("huge.jpg", "thumbnails/_rejected/huge.jpg"), bed.keys(), "the original and its rejection marker");
    }

    @Test
    void originalAboveMaxSourcePixels_isRejectedFromItsHeader() {
        S3TestBed bed = new S3TestBed(S3, Map.of("MAX_SOURCE_PIXELS", "10000"));
        bed.put("wide.png", TestImages.png(200, 100));

        List<Outcome> outcomes = bed.created("wide.png");

        assertInstanceOf(Rejection.TooManyPixels.class, assertInstanceOf(Outcome.Rejected.class, outcomes.getFirst()).rejection());
        assertEquals(List.of("thumbnails/_rejected/wide.png", "wide.png"), bed.keys(), "the original and its rejection marker");
    }

    @Test
    void reUploadUnderTheSameKey_replacesItsThumbnails() {
        S3TestBed bed = bed();
        bed.put("me.jpg", TestImages.jpeg(1000, 500));
        bed.created("me.jpg");
        bed.put("me.jpg", TestImages.jpeg(500, 1000));

        bed.created("me.jpg");

        assertDerivative(bed, "thumbnails/small/me.jpg", "jpeg", 64, 128, "image/jpeg");
    }

    @Test
    void destinationBucket_derivativesGoThereWithTheSameKeys() {
        S3.client().createBucket(b -> b.bucket("it-destination"));
        S3TestBed bed = new S3TestBed(S3, Map.of("DESTINATION_BUCKET", "it-destination"));
        bed.put("x/y.png", TestImages.png(300, 300));

        bed.created("x/y.png");

        assertEquals(List.of("x/y.png"), bed.keys());
        ResponseBytes<GetObjectResponse> small = S3.client().getObjectAsBytes(r -> r.bucket("it-destination").key("thumbnails/small/x/y.png"));
        assertEquals("image/png", small.response().contentType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ObjectRemoved:Delete", "ObjectRestore:Completed"})
    void nonCreateEvent_isSkippedByTheThumbnailFunction(String eventName) {
        S3TestBed bed = bed();
        bed.put("a.jpg", TestImages.jpeg(100, 100));

        List<Outcome> outcomes = bed.createdEvent(eventName, "a.jpg");

        assertInstanceOf(Outcome.Skipped.class, outcomes.getFirst());
        assertEquals(List.of("a.jpg"), bed.keys());
    }

    @Test
    void s3Unreachable_errorPropagatesSoLambdaRetries() {
        EmbeddedS3 doomed = EmbeddedS3.start();
        S3Client doomedClient = doomed.client();
        S3TestBed bed = new S3TestBed(doomed, doomedClient, Map.of());
        bed.put("a.jpg", TestImages.jpeg(100, 100));
        String json = dev.thumbnailer.local.S3Events.json(
                new dev.thumbnailer.local.S3Events.Notification("ObjectCreated:Put", bed.bucket, "a.jpg", 1, "e"));
        doomed.close();

        StorageException e = assertThrows(StorageException.class,
                () -> bed.thumbnailHandler().handleRequest(dev.thumbnailer.local.S3Events.parse(json), null));

        assertTrue(e.getMessage().contains("s3://" + bed.bucket + "/a.jpg"), e.getMessage());
        assertTrue(bed.logLines.getLast().contains("\"outcome\":\"failed\""), bed.logLines.getLast());
        doomedClient.close();
    }

    private static ImageFacts assertDerivative(S3TestBed bed, String key, String format, int width, int height, String contentType) {
        ResponseBytes<GetObjectResponse> object = bed.getWithHeaders(key);
        ImageFacts decoded = ImageFacts.of(object.asByteArray());
        assertAll(key,
                () -> assertEquals(format, decoded.format()),
                () -> assertEquals(width, decoded.width()),
                () -> assertEquals(height, decoded.height()),
                () -> assertEquals(contentType, object.response().contentType()));
        return decoded;
    }
}
