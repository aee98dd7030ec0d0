package dev.thumbnailer.it.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.thumbnailer.handler.QueuedEventHandler;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.events.EventFixtures;
import dev.thumbnailer.local.samples.SampleImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * events/sqs/*.json, the event-queue door's fixtures, delivered end to end: parsed by the Lambda
 * runtime's own serializer into an SQSEvent whose bodies are S3's notification JSON (keys
 * form-URL-encoded) and S3's test event, handled by the handler the template names for the event
 * queues, against the embedded S3 server.
 */
class QueuedEventsTest {

    static final Path EVENTS = Path.of(System.getProperty("project.root", "..")).resolve("events").resolve("sqs");
    static final PojoSerializer<SQSEvent> EVENTS_IN = LambdaEventSerializers.serializerFor(SQSEvent.class, QueuedEventsTest.class.getClassLoader());

    static EmbeddedS3 server;
    static S3Client s3;

    @BeforeAll
    static void start() {
        server = EmbeddedS3.start();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(EventFixtures.BUCKET));
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    @Test
    void createdViaQueue_testEventIgnoredAndEncodedKeyThumbnailed_noMessageReportedFailed() throws IOException {
        s3.putObject(r -> r.bucket(EventFixtures.BUCKET).key("uploads/queued photo été.jpg"), RequestBody.fromBytes(SampleImages.photoJpeg(600, 400, 3)));
        List<String> log = new ArrayList<>();
        QueuedEventHandler handler = new QueuedEventHandler(server.environment(), log::add);

        SQSBatchResponse response = handler.handleRequest(event("created-via-queue.json"), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        for (String size : List.of("small", "medium")) {
            String derivative = "thumbnails/" + size + "/uploads/queued photo été.jpg";
            assertTrue(s3.listObjectsV2(r -> r.bucket(EventFixtures.BUCKET).prefix(derivative)).keyCount() == 1, derivative);
        }
        assertEquals(1, log.size(), "one line, for the notification; the test event logs nothing: " + log);
        assertTrue(log.getFirst().contains("\"outcome\":\"thumbnailed\""), log.getFirst());
    }

    private static SQSEvent event(String name) throws IOException {
        try (InputStream in = Files.newInputStream(EVENTS.resolve(name))) {
            return EVENTS_IN.fromJson(in);
        }
    }
}
