package dev.thumbnailer.local.runner;

import dev.thumbnailer.service.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The quick start's counts by outcome, and the first thumbnailed original (the one the cleanup demo deletes). */
final class Tally {

    private final int files;
    private final List<Outcome> outcomes = new ArrayList<>();
    private int failed;
    private int notUploaded;

    Tally(int files) {
        this.files = files;
    }

    /** An outcome; empty when the function failed. */
    void add(Optional<Outcome> outcome) {
        outcome.ifPresentOrElse(outcomes::add, () -> failed++);
    }

    void notUploaded() {
        notUploaded++;
    }

    int failed() {
        return failed;
    }

    Optional<Outcome.Thumbnailed> firstThumbnailed() {
        return outcomes.stream().filter(o -> o instanceof Outcome.Thumbnailed).map(Outcome.Thumbnailed.class::cast).findFirst();
    }

    @Override
    public String toString() {
        return files + " files: " + count(Outcome.Thumbnailed.class) + " thumbnailed, " + count(Outcome.Rejected.class) + " rejected, "
                + count(Outcome.Skipped.class) + " skipped, " + failed + " failed"
                + (notUploaded == 0 ? "" : ", " + notUploaded + " too large to upload");
    }

    private long count(Class<? extends Outcome> type) {
        return outcomes.stream().filter(type::isInstance).count();
    }
}
