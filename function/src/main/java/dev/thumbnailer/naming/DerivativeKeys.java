package dev.thumbnailer.naming;

import java.util.Objects;
import java.util.Optional;

/**
 * The one owner of derivative key naming, both ways. For an original {@code K} and a size named
 * {@code N} the derivative is {@code <prefix><N>/<K>}: same key, so the same extension in the same
 * case, under one folder per size. Both functions use this class and nothing else builds such keys.
 */
public final class DerivativeKeys {

    /**
     * The folder under the prefix that holds rejection markers ({@code <prefix>_rejected/<K>}): a
     * sibling of the size folders, so every removal of an original's derivatives removes its marker too.
     * Size names start with a letter or digit ({@code SizeListParser}), so none can be this folder.
     */
    public static final String REJECTED_FOLDER = "_rejected";

    private final String prefix;

    /** @param prefix the thumbnail prefix, ending in '/' (guaranteed by {@code Settings}) */
    public DerivativeKeys(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("prefix must end with '/': " + prefix);
        }
    }

    /** A parsed derivative key: which size folder and which original it belongs to. */
    public record Derivative(String sizeName, String originalKey) {
    }

    public String prefix() {
        return prefix;
    }

    /** {@code thumbnails/small/} for size {@code small}: the folder holding that size's derivatives. */
    public String sizeFolder(String sizeName) {
        return prefix + sizeName + "/";
    }

    public String derivativeKey(String sizeName, String originalKey) {
        return sizeFolder(sizeName) + originalKey;
    }

    /** Derivative key of {@code originalKey} inside a listed size folder such as {@code thumbnails/small/}. */
    public String derivativeKeyInFolder(String sizeFolder, String originalKey) {
        if (!sizeFolder.startsWith(prefix) || !sizeFolder.endsWith("/") || sizeFolder.length() <= prefix.length() + 1) {
            throw new IllegalArgumentException("not a size folder under " + prefix + ": " + sizeFolder);
        }
        return sizeFolder + originalKey;
    }

    /** True for every key under the prefix: such keys are never processed as originals. */
    public boolean isUnderPrefix(String key) {
        return key.startsWith(prefix);
    }

    /** The inverse mapping; empty for keys that are not {@code <prefix><size>/<original>}. */
    public Optional<Derivative> parse(String key) {
        if (!isUnderPrefix(key)) {
            return Optional.empty();
        }
        String rest = key.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Derivative(rest.substring(0, slash), rest.substring(slash + 1)));
    }
}
