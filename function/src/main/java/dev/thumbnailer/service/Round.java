package dev.thumbnailer.service;

/**
 * How one read-act-verify round of {@link ThumbnailService} ended: settled, with the record's
 * outcome, or overtaken because the original changed while the round worked, so another round
 * must look at it again.
 */
sealed interface Round {

    record Settled(Outcome outcome) implements Round {
    }

    record OriginalChanged() implements Round {
    }

    static Round settledIf(boolean unchanged, Outcome outcome) {
        return unchanged ? new Settled(outcome) : new OriginalChanged();
    }
}
