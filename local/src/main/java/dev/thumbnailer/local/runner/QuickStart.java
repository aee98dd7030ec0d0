package dev.thumbnailer.local.runner;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.config.Settings;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.events.EventFixtures;
import dev.thumbnailer.local.lambda.LocalFunctions;
import dev.thumbnailer.local.samples.BundledSamples;
import dev.thumbnailer.local.template.FunctionSpec;
import dev.thumbnailer.local.template.SamTemplate;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The README's quick start: upload images to an embedded S3-compatible server, deliver S3's events
 * to the handlers template.yaml names, show what they wrote, then delete one original and show its
 * derivatives go. Everything runs in this JVM; nothing needs AWS, Docker or SAM CLI.
 */
final class QuickStart {

    private final RunnerOptions options;
    private final PrintStream out;
    private final PrintStream err;

    QuickStart(RunnerOptions options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws IOException {
        List<InputFile> files = options.folder().map(InputFolder::scan)
                .orElseGet(() -> BundledSamples.all().stream().map(InputFile::of).toList());
        SamTemplate template = Templates.read(options.template());
        Settings settings = Templates.thumbnailSettings(template);
        OutputFolder output = OutputFolder.prepare(options.out());
        long start = System.nanoTime();
        try (EmbeddedS3 s3 = EmbeddedS3.start(); S3Client client = s3.client();
             PrintStream functionLog = new PrintStream(Files.newOutputStream(output.functionLog()), true, StandardCharsets.UTF_8)) {
            LocalFunctions functions = LocalFunctions.load(template, s3.environment(), functionLog);
            header(template, s3, files.size(), settings);
            client.createBucket(r -> r.bucket(EventFixtures.BUCKET));
            ResultTable table = new ResultTable();
            Tally tally = deliverAll(files, new Delivery(client, EventFixtures.BUCKET, functions, output, table), table, settings);
            out.println();
            out.print(table.render());
            out.println();
            out.println("Derivatives written to " + output.displayName() + "; the functions' JSON log lines are in "
                    + output.displayName() + OutputFolder.FUNCTION_LOG);
            out.println();
            boolean cleaned = tally.firstThumbnailed()
                    .map(t -> new CleanupDemo(client, EventFixtures.BUCKET, functions, output, out).run(t))
                    .orElseGet(() -> noCleanupDemo());
            out.println();
            boolean backfilled = new BackfillDemo(s3, client, EventFixtures.BUCKET, out).run(settings);
            out.println();
            out.printf(Locale.ROOT, "%s in %.1f s%n", tally, (System.nanoTime() - start) / 1e9);
            return tally.failed() == 0 && cleaned && backfilled ? 0 : 1;
        }
    }

    private Tally deliverAll(List<InputFile> files, Delivery delivery, ResultTable table, Settings settings) {
        Tally tally = new Tally(files.size());
        Progress progress = new Progress(err, files.size(), options.folder().isPresent());
        for (int i = 0; i < files.size(); i++) {
            InputFile file = files.get(i);
            progress.step(i + 1, file.key());
            if (file.size() > settings.maxSourceBytes()) {
                // Not uploaded: the embedded server keeps objects in memory, and the function
                // would reject the file from its size alone, before downloading it.
                table.note(file.key(), "not uploaded: " + ResultTable.bytes(file.size()) + " bytes is above MAX_SOURCE_BYTES ("
                        + ResultTable.bytes(settings.maxSourceBytes()) + "), which the function rejects unread", null);
                tally.notUploaded();
                continue;
            }
            tally.add(delivery.upload(file));
        }
        progress.done();
        return tally;
    }

    private void header(SamTemplate template, EmbeddedS3 s3, int fileCount, Settings settings) {
        out.println("s3-thumbnailer, run locally: the handlers named in template.yaml, in this JVM, against an embedded S3 server");
        Map<String, String> lines = new LinkedHashMap<>();
        int handlerWidth = template.functions().values().stream().mapToInt(f -> f.handler().length()).max().orElse(0);
        for (FunctionSpec f : template.functions().values().stream().filter(f -> !f.s3Events().isEmpty() || !f.httpRoutes().isEmpty()).toList()) {
            List<String> triggers = f.s3Events().isEmpty() ? f.httpRoutes() : f.s3Events();
            lines.put(f.logicalId(), f.handler() + " ".repeat(handlerWidth - f.handler().length()) + "  on " + String.join(", ", triggers)
                    + (f.s3Events().isEmpty() ? " (./try-it --web)" : ""));
        }
        lines.put("S3 server", s3.endpoint() + ", bucket " + EventFixtures.BUCKET);
        lines.put("sizes", settings.sizes().stream().map(z -> z.name() + "=" + z.width() + "x" + z.height() + (z.mode() == FitMode.FILL ? ":fill" : ""))
                .collect(Collectors.joining(",")) + " under " + settings.thumbnailPrefix() + " (THUMBNAIL_SIZES, THUMBNAIL_PREFIX)");
        lines.put("input", options.folder().map(f -> fileCount + " files from " + f)
                .orElse(fileCount + " bundled samples (or name a folder: ./try-it ~/Pictures)"));
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        lines.forEach((label, text) -> out.println("  " + label + " ".repeat(width - label.length()) + "  " + text));
    }

    private boolean noCleanupDemo() {
        out.println("No original got thumbnails, so there is nothing to show CleanupFunction with.");
        return true;
    }
}
