package dev.thumbnailer.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.local.template.FunctionSpec;
import dev.thumbnailer.service.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HandlerLoaderTest {

    /** Shaped like the real handlers: no-arg for the runtime, Map for local use, typed outcomes. */
    public static final class RecordingHandler implements RequestHandler<S3Event, String> {
        private final Map<String, String> env;

        public RecordingHandler() {
            this(System.getenv(), System.out::println);
        }

        public RecordingHandler(Map<String, String> env, Consumer<String> log) {
            this.env = env;
        }

        @Override
        public String handleRequest(S3Event event, Context context) {
            return "ok";
        }

        public List<Outcome> handle(S3Event event, Context context) {
            String key = event.getRecords().getFirst().getS3().getObject().getKey();
            return List.of(new Outcome.Skipped("b", key, env.get("A") + "," + env.get("B") + "," + context.getFunctionName(), 0));
        }
    }

    public static final class NoDefaultConstructorHandler implements RequestHandler<S3Event, String> {
        public NoDefaultConstructorHandler(Map<String, String> env, Consumer<String> log) {
        }

        @Override
        public String handleRequest(S3Event event, Context context) {
            return "ok";
        }
    }

    public static final class FailingInitHandler implements RequestHandler<S3Event, String> {
        public FailingInitHandler() {
        }

        public FailingInitHandler(Map<String, String> env, Consumer<String> log) {
            throw new IllegalArgumentException("JPEG_QUALITY must be a whole number from 1 to 100, but was 'high'");
        }

        @Override
        public String handleRequest(S3Event event, Context context) {
            return "ok";
        }
    }

    private static FunctionSpec spec(String handler) {
        return new FunctionSpec("Fn", handler, "function/", "java25", Map.of("A", "template", "B", "template"), Set.of("A", "B"), List.of("s3:ObjectCreated:*"));
    }

    @Test
    void load_runtimeShapedHandler_getsTemplateEnvironmentWithLocalOverrides() {
        LocalFunction fn = HandlerLoader.load(spec(RecordingHandler.class.getName() + "::handleRequest"), Map.of("B", "local"), System.out);

        List<Outcome> outcomes = fn.invoke(S3Events.event(new S3Events.Notification("ObjectCreated:Put", "b", "k", 1, "e")));

        assertEquals("template,local,Fn", ((Outcome.Skipped) outcomes.getFirst()).reason());
    }

    @Test
    void load_classNotOnTheClasspath_failsNamingTheFunction() {
        HandlerLoadException e = assertThrows(HandlerLoadException.class, () -> HandlerLoader.load(spec("dev.thumbnailer.Renamed::handleRequest"), Map.of(), System.out));

        assertTrue(e.getMessage().startsWith("template.yaml: Fn (Handler: dev.thumbnailer.Renamed::handleRequest): its Handler class"), e.getMessage());
    }

    @Test
    void load_methodNotOnTheClass_fails() {
        HandlerLoadException e = assertThrows(HandlerLoadException.class, () -> HandlerLoader.load(spec(RecordingHandler.class.getName() + "::handle2"), Map.of(), System.out));

        assertTrue(e.getMessage().contains("no public method handle2"), e.getMessage());
    }

    @Test
    void load_noPublicNoArgConstructor_failsAsTheRuntimeWould() {
        HandlerLoadException e = assertThrows(HandlerLoadException.class, () -> HandlerLoader.load(spec(NoDefaultConstructorHandler.class.getName()), Map.of(), System.out));

        assertTrue(e.getMessage().contains("no public no-arg constructor"), e.getMessage());
    }

    @Test
    void load_notARequestHandler_fails() {
        HandlerLoadException e = assertThrows(HandlerLoadException.class, () -> HandlerLoader.load(spec(String.class.getName()), Map.of(), System.out));

        assertTrue(e.getMessage().contains("does not implement"), e.getMessage());
    }

    @Test
    void load_initRejectsTheEnvironment_failsWithItsMessage() {
        HandlerLoadException e = assertThrows(HandlerLoadException.class, () -> HandlerLoader.load(spec(FailingInitHandler.class.getName()), Map.of(), System.out));

        assertTrue(e.getMessage().contains("JPEG_QUALITY must be a whole number"), e.getMessage());
    }
}
