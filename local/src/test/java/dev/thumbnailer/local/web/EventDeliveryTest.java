package dev.thumbnailer.local.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.lambda.LocalFunctions;
import dev.thumbnailer.local.template.TemplateReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/**
 * The local stand-in for S3's event notifications: whatever client changes an object on the
 * embedded server, the function template.yaml routes the event to runs, asynchronously, at least
 * once. Checked by what the functions leave in the bucket, not by what was printed.
 */
class EventDeliveryTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    static final String BUCKET = "delivery-test";

    static ByteArrayOutputStream printed = new ByteArrayOutputStream();
    static EventDelivery events;
    static EmbeddedS3 server;
    static S3Client s3;

    @BeforeAll
    static void start() {
        events = new EventDelivery(new PrintStream(printed, true, StandardCharsets.UTF_8));
        server = EmbeddedS3.startForBrowsers(0, List.of("http://127.0.0.1:1"), events);
        s3 = server.client();
        s3.createBucket(r -> r.bucket(BUCKET));
        // Before the functions exist: this object's event must wait in the queue, not vanish.
        s3.putObject(r -> r.bucket(BUCKET).key("early.jpg"), RequestBody.fromBytes(jpeg(300, 200)));
        events.start(LocalFunctions.load(TemplateReader.read(ROOT.resolve("template.yaml")), server.environment(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)), 2);
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
        events.close();
    }

    @Test
    void putBeforeDeliveryStarted_reachesThumbnailFunction() {
        awaitTrue(() -> exists("thumbnails/small/early.jpg"));
    }

    @Test
    void sdkPut_keyWithSpacesUnicodeAndPlus_reachesThumbnailFunctionDecodedOnce() {
        String key = "uploads/été 2024/a + b.jpg";

        s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromBytes(jpeg(600, 300)));

        awaitTrue(() -> exists("thumbnails/medium/" + key) && exists("thumbnails/small/" + key));
    }

    @Test
    void presignedPutOverPlainHttp_reachesThumbnailFunction() throws Exception {
        byte[] body = jpeg(200, 200);
        URI url;
        try (var presigner = server.presigner()) {
            url = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(1))
                    .putObjectRequest(r -> r.bucket(BUCKET).key("browser.jpg").contentType("image/jpeg"))).url().toURI();
        }

        HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).header("Content-Type", "image/jpeg")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());

        assertEquals(200, response.statusCode());
        awaitTrue(() -> exists("thumbnails/small/browser.jpg"));
    }

    @Test
    void rejectedUpload_reachesThumbnailFunction_whichRecordsTheRejection() {
        s3.putObject(r -> r.bucket(BUCKET).key("notes.jpg"), RequestBody.fromString("text"));

        awaitTrue(() -> exists("thumbnails/_rejected/notes.jpg"));
    }

    @Test
    void deleteAndMultiObjectDelete_reachCleanupFunction() {
        for (String key : List.of("one.jpg", "two.jpg", "three.jpg")) {
            s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromBytes(jpeg(64, 64)));
        }
        awaitTrue(() -> exists("thumbnails/small/one.jpg") && exists("thumbnails/small/two.jpg") && exists("thumbnails/small/three.jpg"));

        s3.deleteObject(r -> r.bucket(BUCKET).key("one.jpg"));
        s3.deleteObjects(r -> r.bucket(BUCKET).delete(d -> d.objects(ObjectIdentifier.builder().key("two.jpg").build(),
                ObjectIdentifier.builder().key("three.jpg").build())));

        awaitTrue(() -> !exists("thumbnails/small/one.jpg") && !exists("thumbnails/medium/two.jpg") && !exists("thumbnails/small/three.jpg"));
        // The delivery prints its line after the handler returns, which is after the thumbnails are gone.
        awaitTrue(() -> printed.toString(StandardCharsets.UTF_8).contains("ObjectRemoved:Delete three.jpg -> cleaned"));
    }

    @Test
    void copy_reachesThumbnailFunction() {
        s3.putObject(r -> r.bucket(BUCKET).key("source.png"), RequestBody.fromBytes(png(50, 80)));

        s3.copyObject(r -> r.sourceBucket(BUCKET).sourceKey("source.png").destinationBucket(BUCKET).destinationKey("copy.png"));

        awaitTrue(() -> exists("thumbnails/small/copy.png"));
    }

    private static boolean exists(String key) {
        return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix(key)).contents().stream().anyMatch(o -> o.key().equals(key));
    }

    private static void awaitTrue(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not delivered within 30 s; delivery printed:\n" + printed.toString(StandardCharsets.UTF_8));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static byte[] jpeg(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] png(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
