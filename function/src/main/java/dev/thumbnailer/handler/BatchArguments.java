package dev.thumbnailer.handler;

import dev.thumbnailer.service.BackfillOptions;
import java.util.Map;
import java.util.Set;

/**
 * A Batch Operations job's {@code userArguments} (strings set when the job is created): {@code mode}
 * {@code backfill} (default) or {@code reconcile}; {@code removeUnknownSizes} and {@code dryRun},
 * {@code true} or {@code false} (default). Anything else is refused, so a typo cannot turn a
 * dry run into a real one.
 */
final class BatchArguments {

    private static final Set<String> NAMES = Set.of("mode", "removeUnknownSizes", "dryRun");

    private BatchArguments() {
    }

    static BackfillOptions parse(Map<String, String> arguments) {
        Map<String, String> args = arguments == null ? Map.of() : arguments;
        args.keySet().stream().filter(name -> !NAMES.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("unknown userArgument " + name + " (known: " + NAMES + ")");
        });
        String mode = args.getOrDefault("mode", "backfill");
        if (!mode.equals("backfill") && !mode.equals("reconcile")) {
            throw new IllegalArgumentException("userArgument mode must be backfill or reconcile, got " + mode);
        }
        return new BackfillOptions(mode.equals("reconcile"), flag(args, "removeUnknownSizes"), flag(args, "dryRun"));
    }

    private static boolean flag(Map<String, String> args, String name) {
        String value = args.getOrDefault(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("userArgument " + name + " must be true or false, got " + value);
        }
        return value.equals("true");
    }
}
