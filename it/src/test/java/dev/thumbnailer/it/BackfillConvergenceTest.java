package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.backfill.BackfillCli;
import dev.thumbnailer.local.samples.SampleImages;
import dev.thumbnailer.storage.S3ObjectStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * A bucket of 1,040 originals in every state a real one is in (current, stale, missing a size,
 * missing all, rejected) plus orphans, reconciled by the CLI in one run; the second run only
 * HEADs and LISTs. Requests are counted on the CLI's own client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillConvergenceTest {

    static final String BUCKET = "big-bucket";
    static final int CURRENT = 600;
    static final int STALE = 150;
    static final int ONE_SIZE_MISSING = 100;
    static final int NONE = 170;
    static final int REJECTS = 20;
    static final int ORPHANS = 50;

    EmbeddedS3 server;
    S3Client s3;
    final RequestCounter requests = new RequestCounter();
    final List<String> originals = new ArrayList<>();

    @BeforeAll
    void seed() throws Exception {
        server = EmbeddedS3.start();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET));
        byte[] thumbnail = SampleImages.photoJpeg(16, 12, 0);
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> puts = new ArrayList<>();
            int n = 0;
            for (int[] group : new int[][] {{0, CURRENT}, {1, STALE}, {2, ONE_SIZE_MISSING}, {3, NONE}}) {
                for (int i = 0; i < group[1]; i++, n++) {
                    String key = "photos/" + group[0] + "/" + n + " é+.jpg";
                    originals.add(key);
                    int seed = n;
                    puts.add(pool.submit(() -> seedOriginal(key, SampleImages.photoJpeg(24, 16, seed), group[0], thumbnail)));
                }
            }
            for (int i = 0; i < REJECTS; i++) {
                String key = "photos/rejects/" + i + ".jpg";
                puts.add(pool.submit(() -> put(key, "not an image".getBytes(StandardCharsets.US_ASCII), Map.of())));
            }
            for (int i = 0; i < ORPHANS; i++) {
                String key = "thumbnails/small/photos/gone/" + i + ".jpg";
                puts.add(pool.submit(() -> put(key, thumbnail, Map.of("source-etag", "gone"))));
            }
            for (Future<?> put : puts) {
                put.get();
            }
        }
    }

    private void seedOriginal(String key, byte[] image, int state, byte[] thumbnail) {
        String eTag = put(key, image, Map.of()).replace("\"", "");
        switch (state) {
            case 0 -> { put("thumbnails/small/" + key, thumbnail, Map.of("source-etag", eTag)); put("thumbnails/medium/" + key, thumbnail, Map.of("source-etag", eTag)); }
            case 1 -> { put("thumbnails/small/" + key, thumbnail, Map.of("source-etag", "older")); put("thumbnails/medium/" + key, thumbnail, Map.of("source-etag", eTag)); }
            case 2 -> put("thumbnails/small/" + key, thumbnail, Map.of("source-etag", eTag));
            default -> { }
        }
    }

    @AfterAll
    void stop() {
        s3.close();
        server.close();
    }

    @Test
    void reconcile_mixedBucket_convergesInOneRunAndTheSecondOnlyReadsMetadata() {
        String first = reconcile();

        assertTrue(first.matches("(?s).*created \\(originals\\) +" + (STALE + ONE_SIZE_MISSING + NONE) + "\\n.*current +" + CURRENT
                + "\\n.*rejected +" + REJECTS + "\\n.*orphans removed +" + ORPHANS + "\\n.*failed +0\\n.*"), first);
        for (String key : originals) {
            String eTag = s3.headObject(r -> r.bucket(BUCKET).key(key)).eTag().replace("\"", "");
            for (String size : List.of("small", "medium")) {
                HeadObjectResponse derivative = s3.headObject(r -> r.bucket(BUCKET).key("thumbnails/" + size + "/" + key));
                assertEquals(eTag, derivative.metadata().get("source-etag"), key + " " + size);
            }
        }
        assertTrue(s3.listObjectsV2(r -> r.bucket(BUCKET).prefix("thumbnails/small/photos/gone/")).contents().isEmpty());

        requests.reset();
        String second = reconcile();

        assertTrue(second.matches("(?s).*created \\(originals\\) +0\\n.*current +" + (originals.size()) + "\\n.*rejected +" + REJECTS
                + "\\n.*orphans removed +0\\n.*failed +0\\n.*"), second);
        assertEquals(java.util.Set.of("HeadObject", "ListObjectsV2"), requests.counts().keySet(), requests.counts().toString());
    }

    private String reconcile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        S3Client counting = server.client(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(requests)));
        int status = BackfillCli.run(new String[] {"--bucket", BUCKET, "--reconcile", "--concurrency", "8"}, server.environment(),
                settings -> new S3ObjectStore(counting), new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false);
        assertEquals(0, status);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String put(String key, byte[] bytes, Map<String, String> metadata) {
        return s3.putObject(r -> r.bucket(BUCKET).key(key).metadata(metadata), RequestBody.fromBytes(bytes)).eTag();
    }
}
