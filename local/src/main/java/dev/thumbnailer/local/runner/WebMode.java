package dev.thumbnailer.local.runner;

import dev.thumbnailer.local.web.LocalWebStack;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

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
        var template = Templates.read(options.template());
        // Through OutputFolder, as the quick start's runs: marked as the runner's, so a later ./try-it may empty it.
        Path logFile = OutputFolder.prepare(options.out()).dir().resolve(LOG_FILE);
        try (OutputStream functionLog = Files.newOutputStream(logFile); LocalWebStack stack = start(template, functionLog)) {
            out.println("Upload page:  " + stack.pageUrl() + "   (API: /uploads, " + template.functionForRoute("POST /uploads").logicalId() + ")");
            out.println("S3 server:    " + stack.s3().endpoint() + ", bucket " + stack.bucket() + " (CORS for the page's origin)");
            out.println("Owner:        local-user, or the sub of a bearer JWT the page sends (not verified locally)");
            out.println("Function log: " + logFile);
            out.println("S3 events for every object created or removed are delivered to the template's functions as they happen. Ctrl-C stops.");
            stop.await();
        }
        return 0;
    }

    private LocalWebStack start(dev.thumbnailer.local.template.SamTemplate template, OutputStream functionLog) throws IOException {
        try {
            return LocalWebStack.start(template, options.projectRoot().resolve("web"), options.port(), functionLog, out);
        } catch (BindException e) {
            throw new UsageException("Port " + options.port() + " on 127.0.0.1 is in use; pick another with --port N.");
        }
    }
}
