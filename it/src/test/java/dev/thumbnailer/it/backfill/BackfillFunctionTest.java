package dev.thumbnailer.it.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse.ResultCode;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.handler.BackfillHandler;
import dev.thumbnailer.handler.KeyDecoder;
import dev.thumbnailer.it.template.BucketState;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.local.events.EventFixtures;
import dev.thumbnailer.local.samples.SampleImages;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.S3ObjectStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * BackfillFunction as S3 Batch Operations drives it: invocation schema 2.0 JSON parsed by the
 * Lambda runtime's serializer, keys URL-encoded, against the embedded S3 server; the answer per
 * task type, serialized back as the runtime would.
 */
class BackfillFunctionTest {

    static final Path EVENTS = Path.of(System.getProperty("project.root", "..")).resolve("events").resolve("batch");
    static final String BUCKET = EventFixtures.BUCKET;
    static final PojoSerializer<S3BatchEventV2> EVENTS_IN = LambdaEventSerializers.serializerFor(S3BatchEventV2.class, BackfillFunctionTest.class.getClassLoader());
    static final PojoSerializer<S3BatchResponse> RESPONSES_OUT = LambdaEventSerializers.serializerFor(S3BatchResponse.class, BackfillFunctionTest.class.getClassLoader());

    static EmbeddedS3 server;
    static S3Client s3;

    @BeforeAll
    static void start() {
        server = EmbeddedS3.start();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    @BeforeEach
    void emptyBucket() {
        BucketState.empty(s3, BUCKET);
    }

    @Test
    void backfillFixture_awkwardKeyWithoutThumbnails_succeedsCreatingBoth() throws IOException {
        S3BatchEventV2 event = fixture("backfill.json");
        String key = KeyDecoder.decode(event.getTasks().getFirst().getS3Key());
        put(key, SampleImages.photoJpeg(600, 400, 5));

        S3BatchResponse response = handler().handleRequest(event, null);

        assertResult(response, ResultCode.Succeeded, "created:2");
        assertTrue(BucketState.of(s3, BUCKET).containsKey("thumbnails/small/" + key));
        assertEquals(event.getInvocationId(), response.getInvocationId());
        assertEquals("2.0", response.getInvocationSchemaVersion());
    }

    @Test
    void reconcileFixture_derivativeOfADeletedOriginal_succeedsRemovingIt() throws IOException {
        S3BatchEventV2 event = fixture("reconcile.json");
        String key = KeyDecoder.decode(event.getTasks().getFirst().getS3Key());
        put(key, SampleImages.photoJpeg(128, 85, 8));

        S3BatchResponse response = handler().handleRequest(event, null);

        assertResult(response, ResultCode.Succeeded, "orphan-removed");
        assertFalse(BucketState.of(s3, BUCKET).containsKey(key));
    }

    @ParameterizedTest(name = "{0} in {1} mode -> {2} {3}")
    @CsvSource({
            "current image,     backfill,  Succeeded,        current",
            "text named .jpg,   backfill,  Succeeded,        rejected:unsupported_type",
            "derivative,        backfill,  Succeeded,        skipped:derivative",
            "orphan,            reconcile, Succeeded,        orphan-removed",
            "malformed key,     backfill,  PermanentFailure, failed:malformed_key",
            "current image,     dry-run,   Succeeded,        current",
            "missing thumbnails,dry-run,   Succeeded,        would-created:2",
            "current image,     typo,      PermanentFailure, invalid-user-arguments"})
    void task_ofEachType_getsItsResult(String type, String mode, ResultCode code, String resultString) {
        String key = seed(type);
        S3BatchEventV2 event = event(mode, type.equals("malformed key") ? "uploads/bad%zz.jpg" : S3Events.encodeKey(key));

        S3BatchResponse response = handler().handleRequest(event, null);

        assertResult(response, code, resultString);
    }

    @ParameterizedTest(name = "S3 answers {0} -> {1}")
    @CsvSource({"503, TemporaryFailure, failed:s3-503", "500, TemporaryFailure, failed:s3-500", "403, PermanentFailure, failed:s3-403"})
    void task_whenS3Fails_isRetriedOnlyIfTheFailureIsTransient(int status, ResultCode code, String resultString) {
        String key = seed("missing thumbnails");
        ObjectStore failing = new FailingObjectStore(new S3ObjectStore(s3), status);
        BackfillHandler handler = new BackfillHandler(failing, settings(), line -> { });

        S3BatchResponse response = handler.handleRequest(event("backfill", S3Events.encodeKey(key)), null);

        assertResult(response, code, resultString);
    }

    @Test
    void response_serializedByTheRuntime_hasTheFieldsBatchOperationsReads() throws IOException {
        S3BatchEventV2 event = fixture("backfill.json");
        put(KeyDecoder.decode(event.getTasks().getFirst().getS3Key()), SampleImages.photoJpeg(300, 200, 5));

        String json = toJson(handler().handleRequest(event, null));

        for (String field : List.of("\"invocationSchemaVersion\":\"2.0\"", "\"treatMissingKeysAs\":\"PermanentFailure\"",
                "\"invocationId\":\"" + event.getInvocationId() + "\"", "\"taskId\":\"dGFza2lkZ29lc2hlcmUK\"",
                "\"resultCode\":\"Succeeded\"", "\"resultString\":\"created:2\"")) {
            assertTrue(json.contains(field), json + " lacks " + field);
        }
    }

    private static String seed(String type) {
        String key = "uploads/batch/" + type.replace(' ', '-') + " +%:é.jpg";
        switch (type) {
            case "current image" -> {
                put(key, SampleImages.photoJpeg(300, 200, 4));
                new BackfillHandler(server.environment(), line -> { }).handleRequest(event("backfill", S3Events.encodeKey(key)), null);
            }
            case "missing thumbnails" -> put(key, SampleImages.photoJpeg(300, 200, 4));
            case "text named .jpg" -> put(key, "plain text".getBytes(StandardCharsets.US_ASCII));
            case "derivative", "orphan" -> {
                String derivative = "thumbnails/small/" + key;
                put(derivative, SampleImages.photoJpeg(128, 85, 8));
                return derivative;
            }
            default -> { }
        }
        return key;
    }

    static BackfillHandler handler() {
        return new BackfillHandler(server.environment(), line -> { });
    }

    static Settings settings() {
        return SettingsParser.parse(server.environment());
    }

    static S3BatchEventV2 event(String mode, String encodedKey) {
        Map<String, String> arguments = switch (mode) {
            case "dry-run" -> Map.of("mode", "backfill", "dryRun", "true");
            case "typo" -> Map.of("mode", "backfil");
            default -> Map.of("mode", mode);
        };
        return S3BatchEventV2.builder().withInvocationSchemaVersion("2.0").withInvocationId("inv-1")
                .withJob(S3BatchEventV2.Job.builder().withId("job-1").withUserArguments(arguments).build())
                .withTasks(List.of(S3BatchEventV2.Task.builder().withTaskId("task-1").withS3Bucket(BUCKET).withS3Key(encodedKey).build()))
                .build();
    }

    static S3BatchEventV2 fixture(String name) throws IOException {
        return EVENTS_IN.fromJson(Files.readString(EVENTS.resolve(name)));
    }

    static String toJson(S3BatchResponse response) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RESPONSES_OUT.toJson(response, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static void assertResult(S3BatchResponse response, ResultCode code, String resultString) {
        assertEquals(1, response.getResults().size());
        S3BatchResponse.Result result = response.getResults().getFirst();
        assertEquals(resultString, result.getResultString());
        assertEquals(code, result.getResultCode());
    }

    static void put(String key, byte[] bytes) {
        s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
    }
}
