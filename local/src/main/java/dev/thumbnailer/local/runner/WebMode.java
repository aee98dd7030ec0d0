package dev.thumbnailer.local.runner;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.lambda.HandlerLoader;
import dev.thumbnailer.local.lambda.LocalFunctions;
import dev.thumbnailer.local.lambda.LocalHttpFunction;
import dev.thumbnailer.local.template.FunctionSpec;
import dev.thumbnailer.local.template.SamTemplate;
import dev.thumbnailer.local.web.EventDelivery;
import dev.thumbnailer.local.web.WebServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code ./try-it --web}: the upload page and API on one local port, the embedded S3 server (with
 * CORS for the page) on another, and S3's event notifications delivered to the functions
 * template.yaml names, for every object anyone creates or removes. Runs until interrupted.
 */
final class WebMode {

    static final String LOG_FILE = "web-functions.log";

    private final RunnerOptions options;
    private final PrintStream out;

    WebMode(RunnerOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    int serveUntil(CountDownLatch stop) throws IOException, InterruptedException {
        SamTemplate template = Templates.read(options.template());
        FunctionSpec apiSpec = template.functionForRoute("POST /uploads");
        String bucket = apiSpec.environment().get("UPLOAD_BUCKET");
        Files.createDirectories(options.out());
        Path logFile = options.out().resolve(LOG_FILE);
        try (WebServer web = bind(); EventDelivery events = new EventDelivery(out);
             EmbeddedS3 s3 = EmbeddedS3.startForBrowsers(0, web.origins(), events); S3Client client = s3.client();
             PrintStream functionLog = new PrintStream(Files.newOutputStream(logFile), true, StandardCharsets.UTF_8)) {
            client.createBucket(r -> r.bucket(bucket));
            events.start(LocalFunctions.load(template, s3.environment(), functionLog), 2);
            Map<String, String> env = new HashMap<>(s3.environment());
            env.put("UPLOAD_BUCKET", bucket);
            LocalHttpFunction api = HandlerLoader.loadHttp(apiSpec, env, functionLog);
            web.serve(options.projectRoot().resolve("web"), api, SettingsParser.parse(apiSpec.environment()).maxSourceBytes());
            out.println("Upload page:  http://127.0.0.1:" + web.port() + "/   (API: /uploads, " + apiSpec.logicalId() + ")");
            out.println("S3 server:    " + s3.endpoint() + ", bucket " + bucket + " (CORS for the page's origin)");
            out.println("Owner:        " + "local-user, or the sub of a bearer JWT the page sends (not verified locally)");
            out.println("Function log: " + logFile);
            out.println("S3 events for every object created or removed are delivered to the template's functions as they happen. Ctrl-C stops.");
            stop.await();
        }
        return 0;
    }

    private WebServer bind() throws IOException {
        try {
            return WebServer.bind(options.port());
        } catch (BindException e) {
            throw new UsageException("Port " + options.port() + " on 127.0.0.1 is in use; pick another with --port N.");
        }
    }
}
