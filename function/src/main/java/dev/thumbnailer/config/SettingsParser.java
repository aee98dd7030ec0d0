package dev.thumbnailer.config;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.ThumbnailSize;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the environment into {@link Settings}: defaults, then parse, then validate, collecting
 * every problem ({@link Variables}) so that one failed init names all of them (variable, expected
 * form, bad value).
 * Takes a plain map so nothing below the handler reads {@code System.getenv}.
 */
public final class SettingsParser {

    public static final String THUMBNAIL_PREFIX = "THUMBNAIL_PREFIX";
    public static final String THUMBNAIL_SIZES = "THUMBNAIL_SIZES";
    public static final String DESTINATION_BUCKET = "DESTINATION_BUCKET";
    public static final String MAX_SOURCE_BYTES = "MAX_SOURCE_BYTES";
    public static final String MAX_SOURCE_PIXELS = "MAX_SOURCE_PIXELS";
    public static final String JPEG_QUALITY = "JPEG_QUALITY";
    public static final String MAX_ANIMATION_FRAMES = "MAX_ANIMATION_FRAMES";
    public static final String AWS_REGION = "AWS_REGION";
    public static final String AWS_ENDPOINT_URL_S3 = "AWS_ENDPOINT_URL_S3";
    public static final String S3_FORCE_PATH_STYLE = "S3_FORCE_PATH_STYLE";
    public static final String DERIVATIVE_CACHE_CONTROL = "DERIVATIVE_CACHE_CONTROL";
    public static final String METRICS_NAMESPACE = "METRICS_NAMESPACE";
    /** Set by Lambda itself in every function's environment. */
    public static final String AWS_LAMBDA_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";

    public static final String DEFAULT_PREFIX = "thumbnails/";
    public static final String DEFAULT_SIZES = "small=128x128,medium=512x512";
    public static final long DEFAULT_MAX_SOURCE_BYTES = 50L * 1024 * 1024;
    public static final long DEFAULT_MAX_SOURCE_PIXELS = 100_000_000L;
    public static final int DEFAULT_JPEG_QUALITY = 85;
    public static final int DEFAULT_MAX_ANIMATION_FRAMES = 200;
    public static final String DEFAULT_REGION = "us-east-1";
    /** Not immutable: a same-named upload replaces a derivative under the same key. */
    public static final String DEFAULT_CACHE_CONTROL = "public, max-age=300";
    public static final String DEFAULT_METRICS_NAMESPACE = "S3Thumbnailer";
    public static final String LOCAL_FUNCTION_NAME = "local";

    /**
     * CloudWatch namespaces: 1-255 characters, and "AWS/" is reserved. Narrower than CloudWatch
     * allows (any XML character): these are the characters that need no escaping anywhere the
     * namespace is pasted (dashboard JSON, alarm definitions, CLI arguments).
     */
    private static final String NAMESPACE_PATTERN = "(?!AWS/)[A-Za-z0-9._/#:-]{1,255}";

    private final Variables vars;

    private SettingsParser(Variables vars) {
        this.vars = vars;
    }

    /** Parses {@code env}; throws {@link InvalidSettingsException} listing every bad variable. */
    public static Settings parse(Map<String, String> env) {
        return new SettingsParser(new Variables(env)).parseAll();
    }

    private Settings parseAll() {
        String prefix = prefix();
        List<ThumbnailSize> sizes = sizes();
        Optional<String> destination = vars.bucket(DESTINATION_BUCKET);
        long maxBytes = vars.number(MAX_SOURCE_BYTES, DEFAULT_MAX_SOURCE_BYTES, 1, Long.MAX_VALUE);
        long maxPixels = vars.number(MAX_SOURCE_PIXELS, DEFAULT_MAX_SOURCE_PIXELS, 1, Long.MAX_VALUE);
        int quality = (int) vars.number(JPEG_QUALITY, DEFAULT_JPEG_QUALITY, 1, 100);
        int frames = (int) vars.number(MAX_ANIMATION_FRAMES, DEFAULT_MAX_ANIMATION_FRAMES, 1, 100_000);
        Optional<URI> endpoint = endpoint();
        boolean pathStyle = vars.bool(S3_FORCE_PATH_STYLE, false);
        String region = vars.value(AWS_REGION).orElse(DEFAULT_REGION);
        String cacheControl = headerValue(DERIVATIVE_CACHE_CONTROL, DEFAULT_CACHE_CONTROL);
        String namespace = namespace();
        vars.failOnProblems();
        return new Settings(prefix, sizes, destination, maxBytes, maxPixels, quality, frames, region, endpoint, pathStyle, cacheControl,
                namespace, vars.value(AWS_LAMBDA_FUNCTION_NAME).orElse(LOCAL_FUNCTION_NAME));
    }

    /** The upload API's own variables (see {@link UploadSettingsParser}), with this parser's error style. */
    public static UploadSettings parseUploads(Map<String, String> env) {
        return new UploadSettingsParser(new Variables(env)).parse();
    }

    /** One HTTP header value: printable ASCII, so it can be neither a header injection nor a signing failure. */
    private String headerValue(String name, String fallback) {
        String header = vars.value(name).orElse(fallback);
        if (!header.matches("[\\x20-\\x7E]{1,256}")) {
            vars.problem(name, "an HTTP header value of 1-256 printable ASCII characters", header);
        }
        return header;
    }

    private String prefix() {
        String prefix = vars.value(THUMBNAIL_PREFIX).orElse(DEFAULT_PREFIX);
        if (prefix.startsWith("/") || prefix.contains("//") || prefix.equals("/")) {
            vars.problem(THUMBNAIL_PREFIX, "a key prefix such as thumbnails/ (no leading '/', no empty segment)", prefix);
        }
        // A missing trailing slash would glue the size name onto the prefix ("thumbssmall/..."); add it.
        return prefix.endsWith("/") ? prefix : prefix + "/";
    }

    private List<ThumbnailSize> sizes() {
        String value = vars.value(THUMBNAIL_SIZES).orElse(DEFAULT_SIZES);
        List<String> itemProblems = new ArrayList<>();
        List<ThumbnailSize> sizes = SizeListParser.parse(value, itemProblems);
        if (!itemProblems.isEmpty()) {
            vars.problem(THUMBNAIL_SIZES, SizeListParser.FORM + " (" + String.join("; ", itemProblems) + ")", value);
            return List.of(new ThumbnailSize("placeholder", 1, 1, FitMode.FIT));
        }
        return sizes;
    }

    private String namespace() {
        String namespace = vars.value(METRICS_NAMESPACE).orElse(DEFAULT_METRICS_NAMESPACE);
        if (!namespace.matches(NAMESPACE_PATTERN)) {
            vars.problem(METRICS_NAMESPACE, "a CloudWatch namespace of 1-255 of A-Z a-z 0-9 . _ / # : - not starting with AWS/", namespace);
        }
        return namespace;
    }

    private Optional<URI> endpoint() {
        return vars.value(AWS_ENDPOINT_URL_S3).map(text -> vars.parse(AWS_ENDPOINT_URL_S3, "an http(s) URL such as http://127.0.0.1:9000", text, raw -> {
            URI uri = URI.create(raw);
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                throw new IllegalArgumentException();
            }
            return uri;
        }));
    }
}
