package dev.thumbnailer.local.web;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.lambda.HandlerLoader;
import dev.thumbnailer.local.lambda.LocalFunctions;
import dev.thumbnailer.local.lambda.LocalHttpFunction;
import dev.thumbnailer.local.template.FunctionSpec;
import dev.thumbnailer.local.template.SamTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything {@code ./try-it --web} runs, started in order: the page's port first (its origin
 * configures the S3 server's CORS), the S3 server reporting every change to the event delivery,
 * the template's S3-triggered functions behind that delivery, and the upload function behind
 * {@code /uploads}. Also what the browser tests start.
 */
public final class LocalWebStack implements AutoCloseable {

    private final WebServer web;
    private final EventDelivery events;
    private final EmbeddedS3 s3;
    private final S3Client client;
    private final String bucket;

    private LocalWebStack(WebServer web, EventDelivery events, EmbeddedS3 s3, S3Client client, String bucket) {
        this.web = web;
        this.events = events;
        this.s3 = s3;
        this.client = client;
        this.bucket = bucket;
    }

    /**
     * @param port         the page's port, 0 for any free one
     * @param functionLog  the functions' JSON log lines
     * @param deliveries   one line per delivered event
     */
    public static LocalWebStack start(SamTemplate template, Path webRoot, int port, OutputStream functionLog, PrintStream deliveries)
            throws IOException {
        FunctionSpec apiSpec = template.functionForRoute("POST /uploads");
        String bucket = apiSpec.environment().get("UPLOAD_BUCKET");
        PrintStream log = new PrintStream(functionLog, true, StandardCharsets.UTF_8);
        WebServer web = WebServer.bind(port);
        EventDelivery events = new EventDelivery(deliveries);
        EmbeddedS3 s3 = null;
        try {
            s3 = EmbeddedS3.startForBrowsers(0, web.origins(), events);
            S3Client client = s3.client();
            client.createBucket(r -> r.bucket(bucket));
            events.start(LocalFunctions.load(template, s3.environment(), log), 2);
            Map<String, String> env = new HashMap<>(s3.environment());
            env.put("UPLOAD_BUCKET", bucket);
            LocalHttpFunction api = HandlerLoader.loadHttp(apiSpec, env, log);
            web.serve(webRoot, api, SettingsParser.parse(apiSpec.environment()).maxSourceBytes());
            return new LocalWebStack(web, events, s3, client, bucket);
        } catch (RuntimeException e) {
            // A handler that does not load must not leave the port and the S3 server behind.
            web.close();
            events.close();
            if (s3 != null) {
                s3.close();
            }
            throw e;
        }
    }

    public int port() {
        return web.port();
    }

    public String pageUrl() {
        return "http://127.0.0.1:" + web.port() + "/";
    }

    public EmbeddedS3 s3() {
        return s3;
    }

    /** A client of the S3 server, for looking into the bucket. */
    public S3Client client() {
        return client;
    }

    public String bucket() {
        return bucket;
    }

    @Override
    public void close() {
        web.close();
        events.close();
        client.close();
        s3.close();
    }
}
