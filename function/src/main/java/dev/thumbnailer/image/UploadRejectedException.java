package dev.thumbnailer.image;

/** Carries a {@link Rejection} out of the pipeline; caught by the service, logged, never rethrown. */
public final class UploadRejectedException extends Exception {

    private final transient Rejection rejection;

    public UploadRejectedException(Rejection rejection) {
        super(rejection.reason(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
