package dev.thumbnailer.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.storage.StorageException;
import dev.thumbnailer.testkit.InMemoryObjectStore;
import dev.thumbnailer.testkit.TestImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueuedEventHandlerTest {

    private static final String BUCKET = "queued-bucket";

    private final InMemoryObjectStore store = new InMemoryObjectStore();
    private final List<String> lines = new ArrayList<>();
    private final QueuedEventHandler handler = new QueuedEventHandler(FunctionComponents.withStore(SettingsParser.parse(Map.of(
            "THUMBNAIL_SIZES", "small=32x32")), store), lines::add);

    @Test
    void batch_oneMessageFailsOnS3_onlyItsIdIsReportedAndTheOthersAreDone() {
        store.upload(BUCKET, "fails.jpg", TestImages.jpeg(64, 64));
        store.upload(BUCKET, "ok.jpg", TestImages.jpeg(64, 64));
        store.onNext(InMemoryObjectStore.Call.GET, s -> {
            throw new StorageException("GET", BUCKET, "fails.jpg", new RuntimeException("503 Slow Down"));
        });

        SQSBatchResponse response = handler.handleRequest(batch(message("m-1", notification("ObjectCreated:Put", "fails.jpg")),
                message("m-2", notification("ObjectCreated:Put", "ok.jpg"))), null);

        assertEquals(List.of("m-1"), response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertTrue(store.get(BUCKET, "thumbnails/small/ok.jpg").isPresent());
        assertTrue(store.get(BUCKET, "thumbnails/small/fails.jpg").isEmpty());
    }

    @Test
    void batch_createdAndRemovedRecords_goToTheEdgeOfTheirKind() {
        store.upload(BUCKET, "new.jpg", TestImages.jpeg(64, 64));
        store.upload(BUCKET, "thumbnails/small/gone.jpg", TestImages.jpeg(32, 32));

        SQSBatchResponse response = handler.handleRequest(batch(message("m-1", notification("ObjectCreated:Put", "new.jpg")),
                message("m-2", notification("ObjectRemoved:Delete", "gone.jpg"))), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(List.of("thumbnailed", "cleaned"), lines.stream().map(l -> ((Map<?, ?>) JsonValues.parse(l)).get("outcome")).toList());
        assertTrue(store.get(BUCKET, "thumbnails/small/gone.jpg").isEmpty());
    }

    @Test
    void s3TestEvent_isIgnored() {
        String testEvent = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Time\":\"2026-12-01T00:00:00.000Z\",\"Bucket\":\"" + BUCKET
                + "\",\"RequestId\":\"5582815E1AEA5ADF\",\"HostId\":\"8cLeGAmw098X5cv4Zkwcmo8vvZa3eH3eKxsPzbB9wrR+YstdA6Knx4Ip8EXAMPLE\"}";

        SQSBatchResponse response = handler.handleRequest(batch(message("m-1", testEvent)), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(List.of(), lines);
    }

    @Test
    void malformedBody_isALoggedRejectionNotARetry() {
        SQSBatchResponse response = handler.handleRequest(batch(message("m-1", "{\"Records\": [oops"), message("m-2", "{\"hello\":1}")), null);

        assertEquals(List.of(), response.getBatchItemFailures());
        assertEquals(2, lines.size());
        for (String line : lines) {
            Map<?, ?> fields = (Map<?, ?>) JsonValues.parse(line);
            assertEquals(List.of("rejected", "malformed_message"), List.of(fields.get("outcome"), fields.get("code")), line);
            assertEquals(List.of(), EmfSpec.problems(line), line);
        }
    }

    @Test
    void encodedKey_isDecodedOnce() {
        store.upload(BUCKET, "été 2024/a+b.jpg", TestImages.jpeg(64, 64));

        handler.handleRequest(batch(message("m-1", notification("ObjectCreated:Put", "%C3%A9t%C3%A9+2024/a%2Bb.jpg"))), null);

        assertTrue(store.get(BUCKET, "thumbnails/small/été 2024/a+b.jpg").isPresent());
    }

    static String notification(String eventName, String encodedKey) {
        return "{\"Records\":[{\"eventVersion\":\"2.1\",\"eventSource\":\"aws:s3\",\"awsRegion\":\"us-east-1\",\"eventName\":\"" + eventName
                + "\",\"s3\":{\"s3SchemaVersion\":\"1.0\",\"bucket\":{\"name\":\"" + BUCKET + "\",\"arn\":\"arn:aws:s3:::" + BUCKET + "\"},"
                + "\"object\":{\"key\":\"" + encodedKey + "\",\"size\":1,\"sequencer\":\"0055AED6DCD90281E5\"}}}]}";
    }

    static SQSEvent.SQSMessage message(String id, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(id);
        message.setBody(body);
        return message;
    }

    static SQSEvent batch(SQSEvent.SQSMessage... messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(messages));
        return event;
    }
}
