package dev.thumbnailer.handler;

import dev.thumbnailer.service.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs an action on every record of an event, whatever happens to the others: an infrastructure
 * failure of one record must not starve the rest, and the first failure is rethrown once all ran
 * (the others suppressed into it), so Lambda or the queue retries the event. Safe because every
 * operation is idempotent.
 */
final class EveryRecord {

    private EveryRecord() {
    }

    static <R> List<Outcome> run(List<R> records, Function<R, List<Outcome>> action) {
        List<Outcome> outcomes = new ArrayList<>();
        RuntimeException failure = null;
        for (R record : records) {
            try {
                outcomes.addAll(action.apply(record));
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return outcomes;
    }
}
