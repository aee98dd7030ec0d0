package dev.thumbnailer.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed reads of environment variables that never stop at the first bad one: each read records
 * its problem (variable, expected form, value) and returns a placeholder, and
 * {@link #failOnProblems} throws once with all of them. Blank counts as unset: CloudFormation
 * parameters default to "" far more often than to absent.
 */
final class Variables {

    /** S3 bucket naming rules, loosely: 3-63 of lowercase letters, digits, dots and hyphens. */
    private static final String BUCKET_PATTERN = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]";

    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    Variables(Map<String, String> env) {
        this.env = env;
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    long number(String name, long fallback, long min, long max) {
        return value(name).map(text -> parse(name, "a whole number from " + min + " to " + max, text, raw -> {
            long n = Long.parseLong(raw.replace("_", ""));
            if (n < min || n > max) {
                throw new IllegalArgumentException();
            }
            return n;
        })).orElse(fallback);
    }

    boolean bool(String name, boolean fallback) {
        return value(name).map(text -> parse(name, "true or false", text, raw -> switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException();
        })).orElse(fallback);
    }

    Optional<String> bucket(String name) {
        Optional<String> bucket = value(name);
        bucket.filter(b -> !b.matches(BUCKET_PATTERN))
                .ifPresent(b -> problem(name, "an S3 bucket name (3-63 of a-z 0-9 . -)", b));
        return bucket;
    }

    /** Applies {@code parser}; on failure records the problem and returns null (never used: {@link #failOnProblems} throws). */
    <T> T parse(String name, String form, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            problem(name, form, text);
            return null;
        }
    }

    void problem(String name, String form, String value) {
        problems.add(name + " must be " + form + ", but was '" + value + "'");
    }

    void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
    }
}
