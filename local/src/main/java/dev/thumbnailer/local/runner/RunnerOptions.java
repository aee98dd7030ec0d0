package dev.thumbnailer.local.runner;

import java.nio.file.Path;
import java.util.Optional;

/** The command line of {@code ./try-it}: {@code [FOLDER] [--out DIR] [--serve [--port N] [--bind HOST]] [--web [--port N]]}. */
record RunnerOptions(Optional<Path> folder, Path out, boolean serve, int port, String bindHost, Path projectRoot, boolean web) {

    RunnerOptions(Optional<Path> folder, Path out, boolean serve, int port, String bindHost, Path projectRoot) {
        this(folder, out, serve, port, bindHost, projectRoot, false);
    }

    static final String USAGE = """
            Usage: ./try-it [FOLDER] [--out DIR]
                   ./try-it --serve [--port 9000] [--bind 127.0.0.1]
                   ./try-it --web [--port 8080]

              FOLDER        upload every file in FOLDER (and its subfolders) instead of the bundled samples
              --out DIR     where derivatives are written (default: local-output)
              --serve       run the local S3 server for `sam local invoke`, seeded for every event in events/
              --web         the upload page and API on http://127.0.0.1:PORT/ with S3 events delivered
                            to the functions as S3 would; drop images in the browser (runs until Ctrl-C)
              --port N      port for --serve (default 9000, as in events/env.json) or --web (default 8080)
              --bind HOST   address for --serve to listen on; 0.0.0.0 where Docker reaches the host
                            through a bridge (Linux), default 127.0.0.1
            """;

    static RunnerOptions parse(String[] args, Path projectRoot) {
        Optional<Path> folder = Optional.empty();
        Path out = projectRoot.resolve("local-output");
        boolean serve = false;
        boolean web = false;
        Integer port = null;
        String bind = "127.0.0.1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--serve" -> serve = true;
                case "--web" -> web = true;
                case "--port" -> port = port(value(args, ++i, "--port"));
                case "--bind" -> bind = value(args, ++i, "--bind");
                default -> {
                    if (args[i].startsWith("--") || folder.isPresent()) {
                        throw new UsageException("Unexpected argument '" + args[i] + "'.\n\n" + USAGE);
                    }
                    folder = Optional.of(Path.of(args[i]));
                }
            }
        }
        if (web && (serve || folder.isPresent())) {
            throw new UsageException("--web runs on its own: without --serve or a FOLDER.\n\n" + USAGE);
        }
        return new RunnerOptions(folder, out, serve, port != null ? port : web ? 8080 : 9000, bind, projectRoot, web);
    }

    Path template() {
        return projectRoot.resolve("template.yaml");
    }

    Path events() {
        return projectRoot.resolve("events");
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].isBlank()) {
            throw new UsageException(option + " needs a value.\n\n" + USAGE);
        }
        return args[i];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 1 to 65535, but was '" + text + "'");
        }
    }
}
