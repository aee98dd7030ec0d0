package dev.thumbnailer.storage;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/** {@link UploadStore} over the AWS SDK v2: the S3 client for listing, its presigner for URLs. */
public final class S3UploadStore implements UploadStore {

    /** Sent by the browser itself: a page cannot set them, and Uppy or XHR would warn if told to. */
    private static final List<String> SET_BY_CLIENT = List.of("host", "content-length");

    private final S3Client s3;
    private final S3Presigner presigner;

    public S3UploadStore(S3Client s3, S3Presigner presigner) {
        this.s3 = s3;
        this.presigner = presigner;
    }

    @Override
    public SignedRequest presignPut(String bucket, String key, String contentType, long contentLength, Duration ttl) {
        PresignedPutObjectRequest signed = call("PRESIGN PUT", bucket, key, () -> presigner.presignPutObject(p -> p.signatureDuration(ttl)
                .putObjectRequest(r -> r.bucket(bucket).key(key).contentType(contentType).contentLength(contentLength))));
        Map<String, String> headers = new TreeMap<>();
        signed.signedHeaders().forEach((name, values) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(canonicalCase(name), String.join(",", values));
            }
        });
        return new SignedRequest(toUri(signed.url()), headers, signed.expiration());
    }

    @Override
    public URI presignGet(String bucket, String key, Duration ttl) {
        return toUri(call("PRESIGN GET", bucket, key, () -> presigner.presignGetObject(p -> p.signatureDuration(ttl)
                .getObjectRequest(r -> r.bucket(bucket).key(key))).url()));
    }

    @Override
    public Page list(String bucket, String prefix, int limit, Optional<String> cursor) {
        ListObjectsV2Response page = call("LIST", bucket, prefix, () -> s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix)
                .maxKeys(limit).continuationToken(cursor.orElse(null))));
        List<Listed> objects = page.contents().stream().map(o -> new Listed(o.key(), o.size(), o.lastModified())).toList();
        return new Page(objects, Boolean.TRUE.equals(page.isTruncated()) ? Optional.ofNullable(page.nextContinuationToken()) : Optional.empty());
    }

    /** "content-type" as "Content-Type": what a reader of the API's answer expects to see. */
    private static String canonicalCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return out.toString();
    }

    private static URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the presigner built an invalid URL: " + url, e);
        }
    }

    private static <T> T call(String operation, String bucket, String key, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw new StorageException(operation, bucket, key, e);
        }
    }
}
