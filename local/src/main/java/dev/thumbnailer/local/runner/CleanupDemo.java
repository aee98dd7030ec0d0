package dev.thumbnailer.local.runner;

import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.local.lambda.LocalFunction;
import dev.thumbnailer.local.lambda.LocalFunctions;
import dev.thumbnailer.service.Outcome;
import java.io.PrintStream;
import java.util.List;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The second half of the quick start: an original is deleted and its derivatives follow it. */
final class CleanupDemo {

    private final S3Client s3;
    private final String bucket;
    private final LocalFunctions functions;
    private final OutputFolder output;
    private final PrintStream out;

    CleanupDemo(S3Client s3, String bucket, LocalFunctions functions, OutputFolder output, PrintStream out) {
        this.s3 = s3;
        this.bucket = bucket;
        this.functions = functions;
        this.output = output;
        this.out = out;
    }

    /** Deletes {@code original}, delivers S3's ObjectRemoved:Delete, and shows each derivative gone. */
    boolean run(Outcome.Thumbnailed original) {
        LocalFunction cleanup = functions.forEvent("ObjectRemoved:Delete");
        out.println("Deleting " + original.key() + " from the bucket; S3 sends ObjectRemoved:Delete to " + cleanup.logicalId() + ":");
        s3.deleteObject(r -> r.bucket(bucket).key(original.key()));
        List<Outcome> outcomes = cleanup.invoke(S3Events.event(new S3Events.Notification("ObjectRemoved:Delete", bucket, original.key(), 0, null)));
        if (!(outcomes.getFirst() instanceof Outcome.Cleaned cleaned)) {
            out.println("  unexpected outcome: " + outcomes.getFirst());
            return false;
        }
        out.println("  " + cleanup.logicalId() + ": cleaned in " + cleaned.millis() + " ms");
        boolean allGone = true;
        int width = original.derivativeKeys().stream().mapToInt(String::length).max().orElse(0);
        for (String key : original.derivativeKeys()) {
            boolean gone = isGone(key);
            allGone &= gone;
            output.remove(key);
            out.println("  " + key + " ".repeat(width - key.length())
                    + (gone ? "  gone from the bucket, removed from " + output.displayName() : "  STILL IN THE BUCKET"));
        }
        return allGone;
    }

    private boolean isGone(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return false;
        } catch (NoSuchKeyException e) {
            return true;
        }
    }
}
