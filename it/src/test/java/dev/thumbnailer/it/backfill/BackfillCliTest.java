package dev.thumbnailer.it.backfill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.it.template.BucketState;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.backfill.BackfillCli;
import dev.thumbnailer.local.samples.SampleImages;
import dev.thumbnailer.storage.S3ObjectStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** ./backfill's main entry, in this JVM, against the embedded S3 server it finds through AWS_ENDPOINT_URL_S3: exit codes and summary. */
class BackfillCliTest {

    static final String BUCKET = "cli-bucket";

    static EmbeddedS3 server;
    static S3Client s3;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() {
        server = EmbeddedS3.start();
        s3 = server.client();
        s3.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterAll
    static void stop() {
        s3.close();
        server.close();
    }

    @BeforeEach
    void emptyBucket() {
        BucketState.empty(s3, BUCKET);
    }

    @Test
    void run_mixedBucket_exitsZeroWithTheSummary() {
        put("a.jpg", SampleImages.photoJpeg(200, 100, 1));
        put("b.jpg", SampleImages.photoJpeg(200, 100, 2));
        put("notes.jpg", "text".getBytes(StandardCharsets.US_ASCII));

        int status = run("--bucket", BUCKET, "--concurrency", "2");

        assertEquals(0, status, err());
        assertTrue(out().matches("(?s).*created \\(originals\\) +2\\n.*current +0\\n.*rejected +1\\n.*failed +0\\n.*rejected:unsupported_type +1\\n.*"), out());
    }

    @Test
    void run_again_findsEverythingCurrentAndTheRejectStillRejected() {
        put("a.jpg", SampleImages.photoJpeg(200, 100, 1));
        put("notes.jpg", "text".getBytes(StandardCharsets.US_ASCII));
        run("--bucket", BUCKET);
        out.reset();

        int status = run("--bucket", BUCKET);

        assertEquals(0, status);
        assertTrue(out().matches("(?s).*created \\(originals\\) +0\\n.*current +1\\n.*rejected +1\\n.*"), out());
    }

    @Test
    void dryRun_missingThumbnailsAndAnOrphan_saysWhatItWouldDoAndChangesNothing() {
        put("a.jpg", SampleImages.photoJpeg(200, 100, 1));
        put("thumbnails/small/gone.jpg", SampleImages.photoJpeg(64, 32, 1));
        Map<String, String> before = BucketState.of(s3, BUCKET);

        int status = run("--bucket", BUCKET, "--reconcile", "--dry-run");

        assertEquals(0, status);
        assertEquals(before, BucketState.of(s3, BUCKET));
        assertTrue(out().contains("would-created:2  a.jpg") && out().contains("would-orphan-removed  thumbnails/small/gone.jpg"), out());
        assertTrue(out().matches("(?s)(.*\\n)?dry run \\(nothing changed\\).*would create \\(originals\\) +1\\n.*orphans to remove +1\\n.*"), out());
    }

    @Test
    void run_whenS3Fails_exitsOneAndNamesTheKey() {
        put("a.jpg", SampleImages.photoJpeg(200, 100, 1));

        int status = BackfillCli.run(new String[] {"--bucket", BUCKET}, server.environment(),
                settings -> new FailingObjectStore(new S3ObjectStore(s3), 503), print(out), print(err), false);

        assertEquals(1, status);
        assertTrue(err().contains("FAILED a.jpg"), err());
        assertTrue(out().matches("(?s).*failed +1\\n.*"), out());
    }

    @Test
    void run_badUsage_exitsTwoWithTheUsage() {
        int status = run("--bucket", BUCKET, "--remove-unknown-sizes");

        assertEquals(2, status);
        assertTrue(err().contains("--remove-unknown-sizes only makes sense with --reconcile") && err().contains("usage: ./backfill"), err());
    }

    @Test
    void run_badThumbnailSizes_exitsTwoNamingTheVariable() {
        Map<String, String> env = new HashMap<>(server.environment());
        env.put("THUMBNAIL_SIZES", "small=12");

        int status = BackfillCli.run(new String[] {"--bucket", BUCKET}, env, print(out), print(err), false);

        assertEquals(2, status);
        assertTrue(err().contains("THUMBNAIL_SIZES"), err());
    }

    int run(String... args) {
        return BackfillCli.run(args, server.environment(), print(out), print(err), false);
    }

    static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    static void put(String key, byte[] bytes) {
        s3.putObject(r -> r.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes));
    }
}
