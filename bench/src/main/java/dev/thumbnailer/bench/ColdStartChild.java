package dev.thumbnailer.bench;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.thumbnailer.handler.ThumbnailHandler;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.service.Outcome;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Child-JVM main for one cold start: what a Lambda container does before it answers its first
 * event. Construct the handler (Lambda's init phase), parse the event JSON with the runtime's own
 * serializer, handle it against the S3 server the parent started, then a second event for
 * comparison. Prints wall-clock stamps (epoch ms) so the parent can relate them to when it
 * launched this process: {@code COLD jvm=.. main=.. init=.. parsed=.. first=.. second=.. outcome=..}.
 * Args: event JSON file, then the handler's environment as KEY=VALUE.
 */
public final class ColdStartChild {

    private ColdStartChild() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        Map<String, String> env = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            env.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        ThumbnailHandler handler = new ThumbnailHandler(env);
        long init = System.currentTimeMillis();
        String json = Files.readString(Path.of(args[0]));
        S3Event event = S3Events.parse(json);
        long parsed = System.currentTimeMillis();
        List<Outcome> outcomes = handler.handle(event, null);
        long first = System.currentTimeMillis();
        handler.handle(S3Events.parse(json), null);
        long second = System.currentTimeMillis();
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime(); // read last: loading JMX is not the handler's cost
        String outcome = outcomes.size() == 1 ? outcomes.getFirst().getClass().getSimpleName() : outcomes.size() + " outcomes";
        System.out.printf("COLD jvm=%d main=%d init=%d parsed=%d first=%d second=%d outcome=%s%n", jvm, main, init, parsed, first, second, outcome);
    }
}
