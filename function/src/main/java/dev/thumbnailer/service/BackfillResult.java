package dev.thumbnailer.service;

/**
 * What a backfill or reconcile did for one key, short enough for a Batch Operations
 * {@code resultString} and a summary table: {@code created:2}, {@code current},
 * {@code rejected:unsupported_type}, {@code orphan-removed}, {@code skipped:derivative}, and
 * under {@code --dry-run} the same with {@code would-} in front of what would change.
 *
 * @param count  derivatives created or removed (0 otherwise)
 * @param detail the rejection code or the reason for skipping; empty otherwise
 * @param dryRun nothing was changed; the status says what would have been
 */
public record BackfillResult(Status status, int count, String detail, boolean dryRun) {

    public enum Status { CREATED, CURRENT, REJECTED, ORPHAN_REMOVED, SKIPPED }

    static BackfillResult current() {
        return new BackfillResult(Status.CURRENT, 0, "", false);
    }

    static BackfillResult skipped(String reason) {
        return new BackfillResult(Status.SKIPPED, 0, reason, false);
    }

    static BackfillResult rejected(String code) {
        return new BackfillResult(Status.REJECTED, 0, code, false);
    }

    /** The machine-readable result, e.g. {@code created:2}. */
    public String resultString() {
        String name = switch (status) {
            case CREATED -> "created:" + count;
            case CURRENT -> "current";
            case REJECTED -> "rejected:" + detail;
            case ORPHAN_REMOVED -> "orphan-removed" + (detail.isEmpty() ? "" : ":" + detail);
            case SKIPPED -> "skipped:" + detail;
        };
        return dryRun ? "would-" + name : name;
    }
}
