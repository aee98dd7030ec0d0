package dev.thumbnailer.it.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.local.events.EventFile;
import dev.thumbnailer.local.events.EventFixtures;
import dev.thumbnailer.local.template.FunctionSpec;
import dev.thumbnailer.local.template.SamTemplate;
import dev.thumbnailer.local.template.TemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** events/*.json are shaped exactly as S3 sends them, and events/env.json can do what docs/sam-local.md says. */
class SampleEventsTest {

    static final Path EVENTS = Path.of(System.getProperty("project.root", "..")).resolve("events");

    static Stream<Path> eventFiles() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS)) {
            return files.filter(f -> f.toString().endsWith(".json") && !f.endsWith(EventFile.ENV_FILE)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventFiles")
    @SuppressWarnings("unchecked")
    void event_rawJson_hasTheFieldsS3Sends(Path file) throws IOException {
        Map<String, Object> record = ((List<Map<String, Object>>) json(file).get("Records")).getFirst();
        Map<String, Object> object = (Map<String, Object>) ((Map<String, Object>) record.get("s3")).get("object");
        String eventName = (String) record.get("eventName");

        assertEquals("2.1", record.get("eventVersion"));
        assertEquals("aws:s3", record.get("eventSource"));
        assertTrue(eventName.matches("Object(Created|Removed):\\w+"), "S3 sends names without 's3:', got " + eventName);
        boolean created = eventName.startsWith("ObjectCreated:");
        assertEquals(created, object.containsKey("size"), "size is sent on creates only");
        assertEquals(created, object.containsKey("eTag"), "eTag is sent on creates only");
        assertTrue(object.containsKey("sequencer"));
    }

    @Test
    void events_everyKey_isFormEncodedAsS3EncodesIt() {
        for (EventFile event : EventFile.all(EVENTS)) {
            for (EventFile.Record record : event.records()) {
                assertEquals(S3Events.encodeKey(record.key()), record.rawKey(), event.name());
                assertEquals(EventFixtures.BUCKET, record.bucket(), event.name());
            }
        }
    }

    @Test
    void events_keys_areDistinctSoServeModeCanSeedThemAll() {
        List<String> keys = EventFile.all(EVENTS).stream().flatMap(e -> e.records().stream()).map(EventFile.Record::key).toList();

        assertEquals(keys.size(), Set.copyOf(keys).size(), "duplicate keys in events/: " + keys);
    }

    /** sam local invoke --env-vars only overrides variables the template declares (aws-sam-cli #6145). */
    @Test
    @SuppressWarnings("unchecked")
    void envJson_everyVariable_isDeclaredByItsFunctionAndParses() throws IOException {
        SamTemplate template = TemplateReader.read(EVENTS.resolveSibling("template.yaml"));
        Map<String, Object> env = json(EVENTS.resolve(EventFile.ENV_FILE));

        assertEquals(template.functions().keySet(), env.keySet());
        env.forEach((function, variables) -> {
            FunctionSpec spec = template.function(function);
            Map<String, String> local = new HashMap<>(spec.environment());
            ((Map<String, Object>) variables).forEach((name, value) -> {
                assertTrue(spec.declaredVariables().contains(name), function + " does not declare " + name + ", so SAM would ignore it");
                local.put(name, String.valueOf(value));
            });
            Settings settings = SettingsParser.parse(local);
            assertEquals("host.docker.internal", settings.s3Endpoint().orElseThrow().getHost());
            assertTrue(settings.forcePathStyle());
        });
    }

    @Test
    void template_localPlaceholders_areNotDeployed() {
        FunctionSpec thumbnails = TemplateReader.read(EVENTS.resolveSibling("template.yaml")).function("ThumbnailFunction");

        // An empty AWS_ENDPOINT_URL_S3 in Lambda would break the SDK's client builder.
        assertFalse(thumbnails.environment().containsKey("AWS_ENDPOINT_URL_S3"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) throws IOException {
        return (Map<String, Object>) new Yaml().load(Files.readString(file)); // JSON is YAML
    }
}
