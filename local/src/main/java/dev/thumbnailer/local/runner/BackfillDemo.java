package dev.thumbnailer.local.runner;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.backfill.BackfillCli;
import dev.thumbnailer.storage.S3ObjectStore;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The quick start's last step: a size is added to THUMBNAIL_SIZES, and {@code ./backfill} (run
 * here in-process) gives every original already in the bucket that size, leaving the rest alone.
 */
final class BackfillDemo {

    static final String NEW_SIZE = "large=1024x1024";

    private final EmbeddedS3 server;
    private final S3Client client;
    private final String bucket;
    private final PrintStream out;

    BackfillDemo(EmbeddedS3 server, S3Client client, String bucket, PrintStream out) {
        this.server = server;
        this.client = client;
        this.bucket = bucket;
        this.out = out;
    }

    /** True when nothing failed. */
    boolean run(Settings settings) {
        String sizes = settings.sizes().stream().map(z -> z.name() + "=" + z.width() + "x" + z.height() + (z.mode() == FitMode.FILL ? ":fill" : ""))
                .collect(Collectors.joining(",")) + "," + NEW_SIZE;
        out.println("Adding a size: THUMBNAIL_SIZES=" + sizes + ", then backfilling what is already in the bucket:");
        out.println("  ./backfill --bucket " + bucket);
        Map<String, String> env = new HashMap<>(server.environment());
        env.put("THUMBNAIL_SIZES", sizes);
        env.put("THUMBNAIL_PREFIX", settings.thumbnailPrefix());
        int status = BackfillCli.run(new String[] {"--bucket", bucket, "--concurrency", "4"}, env, s -> new S3ObjectStore(client), out, out, false);
        out.println("(created: originals that got the new size; run it again and they are all current, for HEAD requests only)");
        return status == 0;
    }
}
