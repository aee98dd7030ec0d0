package dev.thumbnailer.local.runner;

import dev.thumbnailer.local.lambda.HandlerLoadException;
import dev.thumbnailer.local.template.TemplateException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code ./try-it}: the quick start (default), {@code --serve} or {@code --web}. Problems the user
 * can fix are one clear message and exit code 2; a template or handler that does not load is 1.
 */
public final class LocalRunner {

    private LocalRunner() {
    }

    public static void main(String[] args) {
        // try-it passes the repository root; the folder argument stays relative to where the user is.
        Path root = Path.of(System.getProperty("thumbnailer.root", "."));
        System.exit(run(args, root, System.out, System.err));
    }

    static int run(String[] args, Path projectRoot, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(RunnerOptions.USAGE);
            return 0;
        }
        try {
            RunnerOptions options = RunnerOptions.parse(args, projectRoot);
            if (options.web()) {
                return new WebMode(options, out).serveUntil(new CountDownLatch(1));
            }
            return options.serve() ? new ServeMode(options, out).serveUntil(new CountDownLatch(1)) : new QuickStart(options, out, err).run();
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (TemplateException | HandlerLoadException e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("Unexpected failure (a bug: please report it with this trace):");
            e.printStackTrace(err);
            return 1;
        }
    }
}
