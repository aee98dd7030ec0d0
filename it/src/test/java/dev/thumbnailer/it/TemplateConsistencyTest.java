package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.it.template.BucketState;
import dev.thumbnailer.it.template.OutcomeAssertions;
import dev.thumbnailer.local.EmbeddedS3;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.s3.S3Client;

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
    static EmbeddedS3 server;
    static S3Client s3;

    @BeforeAll
    static void start() {
        template = TemplateReader.read(ROOT.resolve("template.yaml"));
        server = EmbeddedS3.start();
        s3 = server.client();
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
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
        LocalFunction function = HandlerLoader.load(spec, server.environment(), System.out);
        Settings settings = SettingsParser.parse(spec.environment());
        BucketState.empty(s3, EventFixtures.BUCKET);
        List<String> seeded = new EventSeeder(s3, settings).seed(event);
        Map<String, String> before = BucketState.of(s3, EventFixtures.BUCKET);

        List<Outcome> outcomes = function.invoke(event.event());

        assertEquals(event.records().size(), outcomes.size());
        OutcomeAssertions assertions = new OutcomeAssertions(s3, settings);
        outcomes.forEach(outcome -> assertInstanceOf(expected, outcome, fileName + " ended as " + outcome));
        outcomes.forEach(outcome -> assertions.check(outcome, seeded, before));
    }

    @Test
    void template_everyFunction_hasASampleEvent() {
        Set<String> exercised = EventFile.all(ROOT.resolve("events")).stream()
                .map(e -> template.functionFor(e.eventName()).logicalId()).collect(Collectors.toSet());

        // Functions without S3 events (EventBridge, Batch Operations) have their own fixture tests.
        assertEquals(template.functions().values().stream().filter(f -> !f.s3Events().isEmpty())
                .map(FunctionSpec::logicalId).collect(Collectors.toSet()), exercised);
    }
}
