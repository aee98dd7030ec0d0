package dev.thumbnailer.local.runner;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Prints what changed in the bucket since the last look: "+ key" written, "~ key" rewritten, "- key" deleted. */
final class BucketWatch {

    private final S3Client s3;
    private final String bucket;
    private final PrintStream out;
    private Map<String, S3Object> seen;

    BucketWatch(S3Client s3, String bucket, PrintStream out) {
        this.s3 = s3;
        this.bucket = bucket;
        this.out = out;
        this.seen = list();
    }

    void poll() {
        Map<String, S3Object> now = list();
        now.forEach((key, object) -> {
            S3Object before = seen.get(key);
            if (before == null || !before.eTag().equals(object.eTag())) {
                out.println((before == null ? "+ " : "~ ") + key + "  (" + ResultTable.bytes(object.size()) + " bytes)");
            }
        });
        seen.keySet().stream().filter(key -> !now.containsKey(key)).forEach(key -> out.println("- " + key));
        seen = now;
    }

    private Map<String, S3Object> list() {
        Map<String, S3Object> objects = new TreeMap<>();
        s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().forEach(o -> objects.put(o.key(), o));
        return objects;
    }
}
