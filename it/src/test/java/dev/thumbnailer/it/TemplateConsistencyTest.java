package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.it.template.BucketState;
import dev.thumbnailer.it.template.OutcomeAssertions;
import dev.thumbnailer.local.EmbeddedS3Extension;
import dev.thumbnailer.local.events.EventFile;
import dev.thumbnailer.local.events.EventFixtures;
import dev.thumbnailer.local.events.EventSeeder;
import dev.thumbnailer.local.lambda.HandlerLoader;
import dev.thumbnailer.local.lambda.LocalFunction;
import dev.thumbnailer.local.template.FunctionSpec;
import dev.thumbnailer.local.template.SamTemplate;
import dev.thumbnailer.local.template.TemplateReader;
import dev.thumbnailer.service.Outcome;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * template.yaml ↔ handler code ↔ events/: every sample event goes to the function the template
 * routes it to, whose handler is loaded from the template's Handler string and initialised with the
 * template's environment, against an S3 server seeded as the event describes. A handler renamed in
 * code, an environment value the code rejects, or an event without fixture and expectation fails.
 */
class TemplateConsistencyTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", ".."));

    /** What each sample event must end as. A new file in events/ must be added here (and to EventFixtures). */
    static final Map<String, Class<? extends Outcome>> EXPECTED = Map.of(
            "put-jpeg.json", Outcome.Thumbnailed.class,
            "put-png.json", Outcome.Thumbnailed.class,
            "put-gif.json", Outcome.Thumbnailed.class,
            "put-key-with-spaces-unicode-plus.json", Outcome.Thumbnailed.class,
            "complete-multipart-upload.json", Outcome.Thumbnailed.class,
            "put-rejected-text-named-jpg.json", Outcome.Rejected.class,
            "put-under-thumbnail-prefix.json", Outcome.Skipped.class,
            "delete.json", Outcome.Cleaned.class,
            "delete-marker-created.json", Outcome.Cleaned.class);

    static SamTemplate template;
    @RegisterExtension
    static final EmbeddedS3Extension S3 = new EmbeddedS3Extension();

    @BeforeAll
    static void start() {
        template = TemplateReader.read(ROOT.resolve("template.yaml"));
    }

    static List<String> eventFiles() {
        return EventFile.all(ROOT.resolve("events")).stream().map(EventFile::name).toList();
    }

    @Test
    void eventsFolder_everyFile_hasAnExpectedOutcomeAndEveryExpectationAFile() {
        Set<String> files = new TreeSet<>(eventFiles());
        Set<String> unexpected = files.stream().filter(f -> !EXPECTED.containsKey(f)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = EXPECTED.keySet().stream().filter(f -> !files.contains(f)).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), unexpected, "events/ files without an expected outcome in " + getClass().getSimpleName() + ".EXPECTED");
        assertEquals(Set.of(), missing, "expected outcomes for files that are not in events/");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    void event_deliveredToTheTemplatesFunction_endsAsExpected(String fileName) {
        Class<? extends Outcome> expected = EXPECTED.get(fileName);
        assertNotNull(expected, "events/" + fileName + " has no expected outcome in EXPECTED");
        EventFile event = EventFile.read(ROOT.resolve("events").resolve(fileName));
        FunctionSpec spec = template.functionFor(event.eventName());
        // Class.forName + RequestHandler + public no-arg constructor, as the runtime checks; built
        // through the (Map) constructor, since a JVM cannot set the System.getenv() the no-arg one reads.
        LocalFunction function = HandlerLoader.load(spec, S3.server().environment(), System.out);
        Settings settings = SettingsParser.parse(spec.environment());
        BucketState.empty(S3.client(), EventFixtures.BUCKET);
        List<String> seeded = new EventSeeder(S3.client(), settings).seed(event);
        Map<String, String> before = BucketState.of(S3.client(), EventFixtures.BUCKET);

        List<Outcome> outcomes = function.invoke(event.event());

        assertEquals(event.records().size(), outcomes.size());
        OutcomeAssertions assertions = new OutcomeAssertions(S3.client(), settings);
        outcomes.forEach(outcome -> assertInstanceOf(expected, outcome, fileName + " ended as " + outcome));
        outcomes.forEach(outcome -> assertions.check(outcome, seeded, before));
    }

    @Test
    void template_everyS3Function_hasASampleEvent() {
        Set<String> exercised = EventFile.all(ROOT.resolve("events")).stream()
                .map(e -> template.functionFor(e.eventName()).logicalId()).collect(Collectors.toSet());

        assertEquals(template.s3Functions().stream().map(FunctionSpec::logicalId).collect(Collectors.toSet()), exercised);
    }

    @Test
    void template_functionsWithoutS3Events_areTheUploadApiTheEventBridgeDoorsAndTheBackfill() {
        Set<String> others = template.functions().values().stream().filter(f -> f.s3Events().isEmpty()).map(FunctionSpec::logicalId)
                .collect(Collectors.toSet());

        // Each has its own fixture tests: the upload API here and in UploadApi*Test, EventBridge and Batch Operations in theirs.
        assertEquals(Set.of("UploadApiFunction", "ExistingBucketThumbnailFunction", "ExistingBucketCleanupFunction", "BackfillFunction"), others);
        assertEquals(List.of("POST /uploads", "GET /uploads", "DELETE /uploads"), template.function("UploadApiFunction").httpRoutes());
    }

    /** As the Lambda runtime loads it, with the template's environment (the bucket name resolved as sam local would). */
    @Test
    void uploadApiFunction_handlerFromTheTemplate_signsUploadsInTheUploadPrefix() throws ReflectiveOperationException {
        FunctionSpec spec = template.functionForRoute("POST /uploads");
        Class<?> type = Class.forName(spec.handler().substring(0, spec.handler().indexOf("::")));
        Map<String, String> env = new HashMap<>(spec.environment());
        env.putAll(S3.server().environment());
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler = handler(type, env);

        APIGatewayV2HTTPResponse response = handler.handleRequest(UploadApiBedEvents.post("alice",
                "{\"filename\":\"a.jpg\",\"contentType\":\"image/jpeg\",\"size\":10}"), null);

        assertEquals("local-123456789012-us-east-1", spec.environment().get("UPLOAD_BUCKET"));
        assertEquals(201, response.getStatusCode(), response.getBody());
        String prefix = template.parameterDefaults().get("UploadPrefix");
        assertTrue(response.getBody().contains("\"key\":\"" + prefix + "users/alice/a.jpg\""), response.getBody());
        assertEquals(SettingsParser.DEFAULT_CACHE_CONTROL, SettingsParser.parse(spec.environment()).derivativeCacheControl(),
                "the DerivativeCacheControl default is the code's default");
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(Class<?> type, Map<String, String> env)
            throws ReflectiveOperationException {
        assertTrue(RequestHandler.class.isAssignableFrom(type));
        type.getConstructor(); // the runtime's no-arg constructor exists
        return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) type.getConstructor(Map.class, Consumer.class)
                .newInstance(env, (Consumer<String>) line -> { });
    }
}
