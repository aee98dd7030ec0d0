package dev.thumbnailer.it.eventbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.handler.EventBridgeCleanupHandler;
import dev.thumbnailer.handler.EventBridgeHandler;
import dev.thumbnailer.handler.EventBridgeThumbnailHandler;
import dev.thumbnailer.it.template.BucketState;
import dev.thumbnailer.it.template.OutcomeAssertions;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.local.events.EventFixtures;
import dev.thumbnailer.local.samples.SampleImages;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.service.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * events/eventbridge/*.json delivered end to end: parsed by the Lambda runtime's own serializer
 * into the map the handlers take, against the embedded S3 server seeded as each event describes.
 * Their keys are raw (space, '+', '%', ':', non-ASCII), which a decoding edge would mangle.
 */
class EventBridgeEventsTest {

    static final Path EVENTS = Path.of(System.getProperty("project.root", "..")).resolve("events").resolve("eventbridge");
    static final String CREATED = "object-created-awkward-key.json";
    static final String DELETED = "object-deleted-awkward-key.json";

    static EmbeddedS3 server;
    static S3Client s3;
    static Settings settings;
    static DerivativeKeys keys;

    @BeforeAll
    static void start() {
        server = EmbeddedS3.start();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(EventFixtures.BUCKET));
        settings = SettingsParser.parse(server.environment());
        keys = new DerivativeKeys(settings.thumbnailPrefix());
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    @BeforeEach
    void emptyBucket() {
        BucketState.empty(s3, EventFixtures.BUCKET);
    }

    @Test
    void objectCreated_rawAwkwardKey_thumbnailsThatExactKey() throws IOException {
        Map<String, Object> event = event(CREATED);
        String key = keyOf(event);
        put(key, SampleImages.photoJpeg(600, 400, 3));
        Map<String, String> before = BucketState.of(s3, EventFixtures.BUCKET);

        List<Outcome> outcomes = thumbnailHandler().handle(event, null);

        Outcome.Thumbnailed thumbnailed = assertInstanceOf(Outcome.Thumbnailed.class, outcomes.getFirst());
        assertEquals(key, thumbnailed.key());
        new OutcomeAssertions(s3, settings).check(thumbnailed, List.of(key), before);
    }

    @Test
    void objectCreated_deliveredTwice_leavesTheSameDerivatives() throws IOException {
        Map<String, Object> event = event(CREATED);
        put(keyOf(event), SampleImages.photoJpeg(600, 400, 3));
        thumbnailHandler().handle(event, null);
        Map<String, String> afterFirst = BucketState.of(s3, EventFixtures.BUCKET);

        List<Outcome> again = thumbnailHandler().handle(event, null);

        assertInstanceOf(Outcome.Thumbnailed.class, again.getFirst());
        assertEquals(afterFirst.keySet(), BucketState.of(s3, EventFixtures.BUCKET).keySet());
    }

    @Test
    void objectCreated_lateAfterTheOriginalWasDeleted_convergesToNoDerivatives() throws IOException {
        Map<String, Object> event = event(CREATED);
        String key = keyOf(event);
        putDerivatives(key);

        List<Outcome> outcomes = thumbnailHandler().handle(event, null);

        assertInstanceOf(Outcome.Cleaned.class, outcomes.getFirst());
        assertEquals(Map.of(), BucketState.of(s3, EventFixtures.BUCKET));
    }

    @Test
    void objectDeleted_rawAwkwardKey_removesThatKeysDerivatives() throws IOException {
        Map<String, Object> event = event(DELETED);
        String key = keyOf(event);
        List<String> derivatives = putDerivatives(key);
        Map<String, String> before = BucketState.of(s3, EventFixtures.BUCKET);

        List<Outcome> outcomes = cleanupHandler().handle(event, null);

        Outcome.Cleaned cleaned = assertInstanceOf(Outcome.Cleaned.class, outcomes.getFirst());
        new OutcomeAssertions(s3, settings).check(cleaned, derivatives, before);
    }

    @Test
    void objectDeleted_toTheThumbnailHandler_isSkipped() throws IOException {
        Map<String, Object> event = event(DELETED);
        putDerivatives(keyOf(event));
        Map<String, String> before = BucketState.of(s3, EventFixtures.BUCKET);

        List<Outcome> outcomes = thumbnailHandler().handle(event, null);

        assertInstanceOf(Outcome.Skipped.class, outcomes.getFirst());
        assertEquals(before, BucketState.of(s3, EventFixtures.BUCKET));
    }

    @Test
    void keys_asSentByEventBridge_wouldNotSurviveTheNotificationDecoding() throws IOException {
        String created = keyOf(event(CREATED));
        String deleted = keyOf(event(DELETED));

        // The raw key differs from its form-encoded self: these fixtures would catch a decode.
        assertTrue(!S3Events.encodeKey(created).equals(created) && created.contains("+") && created.contains("%") && created.contains(":"));
        assertTrue(deleted.contains("+") && deleted.contains("%") && deleted.contains(":"));
    }

    static EventBridgeHandler thumbnailHandler() {
        return new EventBridgeThumbnailHandler(server.environment(), line -> { });
    }

    static EventBridgeHandler cleanupHandler() {
        return new EventBridgeCleanupHandler(server.environment(), line -> { });
    }

    /** Parsed as the Lambda Java runtime parses a handler's {@code Map<String, Object>} input. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> event(String file) throws IOException {
        return (Map<String, Object>) JacksonFactory.getInstance().getSerializer(Map.class).fromJson(Files.readString(EVENTS.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    static String keyOf(Map<String, Object> event) {
        Map<String, Object> detail = (Map<String, Object>) event.get("detail");
        return (String) ((Map<String, Object>) detail.get("object")).get("key");
    }

    static void put(String key, byte[] bytes) {
        s3.putObject(r -> r.bucket(EventFixtures.BUCKET).key(key).contentType("image/jpeg"), RequestBody.fromBytes(bytes));
    }

    static List<String> putDerivatives(String key) {
        List<String> derivatives = settings.sizes().stream().map(size -> keys.derivativeKey(size.name(), key)).toList();
        derivatives.forEach(d -> put(d, SampleImages.photoJpeg(128, 85, 8)));
        return derivatives;
    }
}
