package dev.thumbnailer.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/** Last run's minimum-heap answers (ladder indexes), so the next bisection starts next to them. */
final class HeapHints {

    private final Path file;
    private final Properties values = new Properties();

    HeapHints(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                values.load(in);
            } catch (IOException e) {
                // A lost hint only costs probes: start without it.
            }
        }
    }

    synchronized Optional<Integer> get(String key) {
        try {
            return Optional.ofNullable(values.getProperty(key)).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    synchronized void put(String key, int index) {
        values.setProperty(key, Integer.toString(index));
    }

    synchronized void save() {
        try (Writer out = Files.newBufferedWriter(file)) {
            values.store(out, "minimum heap ladder indexes from the last bench run (HeapBisector.LADDER_MIB)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
