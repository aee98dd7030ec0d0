package dev.thumbnailer.local.events;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.thumbnailer.handler.KeyDecoder;
import dev.thumbnailer.local.S3Events;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One sample event of {@code events/}, parsed by the Lambda runtime's own serializer. */
public record EventFile(String name, S3Event event) {

    /** A record as the function sees it: the key decoded once, exactly as the handlers decode it. */
    public record Record(String eventName, String bucket, String rawKey, String key) {
    }

    /** Not an event: {@code sam local invoke --env-vars} input. */
    public static final String ENV_FILE = "env.json";

    public static List<EventFile> all(Path eventsDir) {
        try (Stream<Path> files = Files.list(eventsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals(ENV_FILE))
                    .sorted()
                    .map(EventFile::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + eventsDir, e);
        }
    }

    public static EventFile read(Path file) {
        try {
            return new EventFile(file.getFileName().toString(), S3Events.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public List<Record> records() {
        return event.getRecords().stream().map(r -> new Record(r.getEventName(), r.getS3().getBucket().getName(),
                r.getS3().getObject().getKey(), KeyDecoder.decode(r.getS3().getObject().getKey()))).toList();
    }

    /** The event name every record shares; sample events each show one case. */
    public String eventName() {
        List<String> names = records().stream().map(Record::eventName).distinct().toList();
        if (names.size() != 1) {
            throw new IllegalStateException(name + " mixes event names " + names + "; keep one case per file");
        }
        return names.getFirst();
    }
}
