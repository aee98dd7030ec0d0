package dev.thumbnailer.local.runner;

import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.events.EventFile;
import dev.thumbnailer.local.events.EventFixtures;
import dev.thumbnailer.local.events.EventSeeder;
import java.io.PrintStream;
import java.net.BindException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code ./try-it --serve}: the S3-compatible server that {@code sam local invoke ... --env-vars
 * events/env.json} talks to, without AWS. It holds the fake bucket of the sample events, seeded so
 * each event means what its name says, and prints objects as the functions write or delete them.
 */
final class ServeMode {

    private final RunnerOptions options;
    private final PrintStream out;

    ServeMode(RunnerOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Serves until {@code stop} is counted down (never, from the command line: Ctrl-C ends the JVM). */
    int serveUntil(CountDownLatch stop) throws InterruptedException {
        List<EventFile> events = EventFile.all(options.events());
        try (EmbeddedS3 s3 = start(); S3Client client = s3.client()) {
            EventSeeder seeder = new EventSeeder(client, Templates.thumbnailSettings(Templates.read(options.template())));
            out.println("S3-compatible server for `sam local invoke` on " + options.bindHost() + ":" + options.port()
                    + ", bucket " + EventFixtures.BUCKET + " (any credentials are accepted)");
            out.println("Seeded for the events in " + options.events() + ":");
            int width = events.stream().mapToInt(e -> e.name().length()).max().orElse(0);
            for (EventFile event : events) {
                out.println("  " + event.name() + " ".repeat(width - event.name().length()) + "  " + String.join(", ", seeder.seed(event)));
            }
            // Snapshot before the instructions: once they are printed a client may write, and a write
            // landing before the snapshot would never be reported (ServeModeTest failed so under load).
            BucketWatch watch = new BucketWatch(client, EventFixtures.BUCKET, out);
            instructions();
            while (!stop.await(500, TimeUnit.MILLISECONDS)) {
                watch.poll();
            }
        }
        return 0;
    }

    private EmbeddedS3 start() {
        try {
            return EmbeddedS3.startForContainers(options.bindHost(), options.port());
        } catch (IllegalStateException e) {
            if (causedByBind(e)) {
                throw new UsageException("Port " + options.port() + " on " + options.bindHost() + " is in use (another --serve?)."
                        + " Stop it, or pick another port with --port N and change it in events/env.json too.");
            }
            throw e;
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private void instructions() {
        out.println();
        out.println("In another terminal, from the repository root:");
        out.println("  sam build");
        out.println("  sam local invoke ThumbnailFunction -e events/put-jpeg.json --env-vars events/env.json");
        out.println("  sam local invoke CleanupFunction -e events/delete.json --env-vars events/env.json");
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux) {
            out.println("On Linux, Docker reaches the host through its bridge: add --add-host host.docker.internal:host-gateway"
                    + " to sam local invoke" + ("127.0.0.1".equals(options.bindHost()) ? ", and restart this with --bind 0.0.0.0" : "") + ".");
        }
        out.println();
        out.println("Changes to the bucket appear below as they happen (+ written, ~ rewritten, - deleted). Ctrl-C stops the server.");
    }
}
