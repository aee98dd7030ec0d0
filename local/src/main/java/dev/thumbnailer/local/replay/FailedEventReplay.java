package dev.thumbnailer.local.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the original event of each failure-queue message, one JSON line each, from the output of
 * {@code aws sqs receive-message} on standard input; messages with nothing to replay are reported
 * on standard error. docs/operations.md shows the pipe that sends the lines back to the event queue.
 */
public final class FailedEventReplay {

    private FailedEventReplay() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(System.in, System.out, System.err));
    }

    /** @return the exit status: 0 when every message carried an event, 1 otherwise */
    public static int run(InputStream in, PrintStream out, PrintStream err) throws IOException {
        int skipped = 0;
        for (String body : FailedEvents.bodies(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            var event = FailedEvents.originalEvent(body);
            if (event.isPresent()) {
                out.println(event.get());
            } else {
                skipped++;
                err.println("not an S3 event or a Lambda failure record, left out: " + body);
            }
        }
        return skipped == 0 ? 0 : 1;
    }
}
