package dev.thumbnailer.local.runner;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.local.lambda.LocalFunctions;
import dev.thumbnailer.service.Outcome;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One upload as it happens in AWS: the object is PUT to the bucket, S3's ObjectCreated:Put event
 * for it goes to the function the template routes it to, and what the function wrote is read back
 * from the bucket into the table and the output folder.
 */
final class Delivery {

    private final S3Client s3;
    private final String bucket;
    private final LocalFunctions functions;
    private final OutputFolder output;
    private final ResultTable table;

    Delivery(S3Client s3, String bucket, LocalFunctions functions, OutputFolder output, ResultTable table) {
        this.s3 = s3;
        this.bucket = bucket;
        this.functions = functions;
        this.output = output;
        this.table = table;
    }

    /** Uploads and delivers one file; empty if the function failed (shown in the table as FAILED). */
    Optional<Outcome> upload(InputFile file) {
        byte[] content = file.content().get();
        String eTag = s3.putObject(r -> r.bucket(bucket).key(file.key()), RequestBody.fromBytes(content)).eTag().replace("\"", "");
        S3Event event = S3Events.event(new S3Events.Notification("ObjectCreated:Put", bucket, file.key(), content.length, eTag));
        try {
            Outcome outcome = functions.deliver(event).getFirst();
            record(outcome);
            return Optional.of(outcome);
        } catch (RuntimeException e) {
            table.note(file.key(), "FAILED: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    private void record(Outcome outcome) {
        switch (outcome) {
            case Outcome.Thumbnailed t -> derivatives(t.key(), t.derivativeKeys(), t.millis());
            case Outcome.Rejected r -> table.note(r.key(), "rejected: " + r.rejection().reason(), r.millis());
            case Outcome.Skipped s -> table.note(s.key(), "skipped: " + s.reason(), s.millis());
            case Outcome.Cleaned c -> table.note(c.key(), "cleaned " + c.derivativeKeys().size() + " derivatives", c.millis());
        }
    }

    private void derivatives(String original, List<String> keys, long millis) {
        for (int i = 0; i < keys.size(); i++) {
            DerivativeInfo info = DerivativeInfo.fetch(s3, bucket, keys.get(i));
            output.write(info.key(), info.content());
            table.derivative(i == 0 ? original : "", info, i == 0 ? millis : null);
        }
    }
}
