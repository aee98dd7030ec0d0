package dev.thumbnailer.storage;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the upload API needs beyond {@link ObjectStore}: presigned URLs and paginated listing.
 * {@link S3UploadStore} is the implementation; like every class here it wraps SDK errors in
 * {@link StorageException}.
 */
public interface UploadStore {

    /**
     * A PUT URL for exactly this key, Content-Type and Content-Length, all three signed.
     * {@code headers} are what the client must send besides Host and Content-Length (which
     * browsers set themselves and refuse to be given).
     */
    SignedRequest presignPut(String bucket, String key, String contentType, long contentLength, Duration ttl);

    /** A GET URL for one object, so a private bucket can be read by whoever holds it, until it expires. */
    URI presignGet(String bucket, String key, Duration ttl);

    /** One page of the keys under {@code prefix} (every depth), in key order. */
    Page list(String bucket, String prefix, int limit, Optional<String> cursor);

    record SignedRequest(URI url, Map<String, String> headers, Instant expiresAt) {

        public SignedRequest {
            headers = Map.copyOf(headers);
        }
    }

    record Listed(String key, long size, Instant lastModified) {
    }

    /** @param nextCursor present when there are more keys: pass it back for the next page */
    record Page(List<Listed> objects, Optional<String> nextCursor) {

        public Page {
            objects = List.copyOf(objects);
        }
    }
}
