package dev.thumbnailer.storage;

import dev.thumbnailer.config.Settings;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An {@link ObjectStore} whose S3 client is real down to the HTTP layer, which is canned
 * ({@link CannedHttpClient}): running the functions' work against it before a SnapStart snapshot
 * class-loads and warms marshalling, signing, checksums, retries, error handling and unmarshalling,
 * with no network call that could fail at snapshot time.
 */
public final class S3Priming {

    /** The canned store's bucket; every key in it holds the given original, except {@link #GONE_KEY}. */
    public static final String BUCKET = "priming";
    public static final String ORIGINAL_KEY = "uploads/original.jpg";
    /** A deleted original: HEAD and GET answer 404. */
    public static final String GONE_KEY = "uploads/" + CannedHttpClient.GONE;

    private S3Priming() {
    }

    /**
     * Runs {@code work} against a canned store serving {@code original}, then closes its client.
     * The client comes from {@link S3Clients#configured}, like the real one, so the same endpoint
     * rules, signing and upload framing are primed; only the HTTP layer and the credentials differ.
     */
    public static void withCannedStore(Settings settings, byte[] original, Consumer<ObjectStore> work) {
        withStore(settings, new CannedHttpClient(original), work);
    }

    static void withStore(Settings settings, SdkHttpClient http, Consumer<ObjectStore> work) {
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming"));
        try (S3Client client = S3Clients.configured(settings, http, credentials).build()) {
            work.accept(new S3ObjectStore(client));
        }
    }
}
