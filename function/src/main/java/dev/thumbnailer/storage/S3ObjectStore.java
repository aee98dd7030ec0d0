package dev.thumbnailer.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Error;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** {@link ObjectStore} over the AWS SDK v2. Wraps every SDK error once, with bucket and key. */
public final class S3ObjectStore implements ObjectStore {

    /** DeleteObjects accepts at most 1000 keys per request. */
    static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String cacheControl;

    public S3ObjectStore(S3Client s3) {
        this(s3, null);
    }

    /** @param cacheControl sent with every put (the function puts only derivatives and rejection markers); null for none */
    public S3ObjectStore(S3Client s3, String cacheControl) {
        this.s3 = s3;
        this.cacheControl = cacheControl;
    }

    @Override
    public Optional<ObjectInfo> head(String bucket, String key) {
        return absentOn404("HEAD", bucket, key, () -> info(s3.headObject(r -> r.bucket(bucket).key(key))));
    }

    @Override
    public Optional<byte[]> getIfMatch(String bucket, String key, String eTag) {
        // toBytes() sizes its buffer from Content-Length: one copy of the original in memory, no more.
        return absentOn404("GET", bucket, key, () -> s3.getObject(r -> r.bucket(bucket).key(key).ifMatch(quoted(eTag)),
                ResponseTransformer.toBytes()).asByteArrayUnsafe());
    }

    @Override
    public void put(String bucket, String key, byte[] bytes, String contentType, Map<String, String> metadata) {
        call("PUT", bucket, key, () -> s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType).cacheControl(cacheControl).metadata(metadata),
                RequestBody.fromBytes(bytes)));
    }

    @Override
    public void deleteAll(String bucket, Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += DELETE_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + DELETE_BATCH));
            DeleteObjectsResponse response = call("DELETE", bucket, batch.getFirst(), () -> s3.deleteObjects(r -> r.bucket(bucket)
                    .delete(d -> d.quiet(true).objects(batch.stream().map(k -> ObjectIdentifier.builder().key(k).build()).toList()))));
            failOnErrors(bucket, response.errors());
        }
    }

    @Override
    public List<String> listFolders(String bucket, String prefix) {
        return call("LIST", bucket, prefix, () -> {
            List<String> folders = new ArrayList<>();
            s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix).delimiter("/"))
                    .forEach(page -> page.commonPrefixes().stream().map(CommonPrefix::prefix).forEach(folders::add));
            return folders;
        });
    }

    @Override
    public void listPages(String bucket, String prefix, Consumer<List<ListedObject>> page) {
        String[] token = {null};
        do {
            ListObjectsV2Response response = call("LIST", bucket, prefix, () -> s3.listObjectsV2(r -> r.bucket(bucket).prefix(prefix).continuationToken(token[0])));
            page.accept(response.contents().stream().map(o -> new ListedObject(o.key(), o.size(), unquoted(o.eTag()))).toList());
            token[0] = Boolean.TRUE.equals(response.isTruncated()) ? response.nextContinuationToken() : null;
        } while (token[0] != null);
    }

    /** A 200 from DeleteObjects can still carry per-key failures; a missing key is not one. */
    private static void failOnErrors(String bucket, List<S3Error> errors) {
        List<S3Error> real = errors.stream().filter(e -> !"NoSuchKey".equals(e.code())).toList();
        if (!real.isEmpty()) {
            S3Error first = real.getFirst();
            throw new StorageException("DELETE (" + real.size() + " keys failed, first: " + first.code() + " " + first.message() + ")",
                    bucket, first.key(), new IllegalStateException(first.code()));
        }
    }

    private static ObjectInfo info(HeadObjectResponse head) {
        return new ObjectInfo(head.contentLength(), unquoted(head.eTag()), Optional.ofNullable(head.versionId()),
                Optional.ofNullable(head.contentType()), head.metadata());
    }

    private static <T> Optional<T> absentOn404(String operation, String bucket, String key, Supplier<T> request) {
        try {
            return Optional.of(request.get());
        } catch (S3Exception e) {
            // 404: gone. 412: If-Match failed, i.e. replaced since we looked; the caller re-reads either way.
            if (e.statusCode() == 404 || e.statusCode() == 412) {
                return Optional.empty();
            }
            throw new StorageException(operation, bucket, key, e);
        } catch (SdkException e) {
            throw new StorageException(operation, bucket, key, e);
        }
    }

    private static <T> T call(String operation, String bucket, String key, Supplier<T> request) {
        try {
            return request.get();
        } catch (SdkException e) {
            throw new StorageException(operation, bucket, key, e);
        }
    }

    static String unquoted(String eTag) {
        return eTag == null ? "" : eTag.replace("\"", "");
    }

    private static String quoted(String eTag) {
        return "\"" + eTag + "\"";
    }
}
