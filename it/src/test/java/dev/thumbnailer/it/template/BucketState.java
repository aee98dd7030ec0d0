package dev.thumbnailer.it.template;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** A bucket's keys and ETags: compared before and after an invocation to see exactly what it wrote or deleted. */
public final class BucketState {

    private BucketState() {
    }

    public static Map<String, String> of(S3Client s3, String bucket) {
        Map<String, String> objects = new TreeMap<>();
        try {
            s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().forEach(o -> objects.put(o.key(), o.eTag()));
        } catch (NoSuchBucketException e) {
            return objects;
        }
        return objects;
    }

    /** Deletes every object, so each event starts from exactly its own fixture. */
    public static void empty(S3Client s3, String bucket) {
        of(s3, bucket).keySet().forEach(key -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
    }

    static boolean exists(S3Client s3, String bucket, String key) {
        return of(s3, bucket).containsKey(key);
    }
}
