package dev.thumbnailer.image;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One configured derivative: its name (a key path segment), its bounding box and its fit mode.
 *
 * @param name   folder name under the thumbnail prefix, e.g. {@code small}
 * @param width  box width in pixels
 * @param height box height in pixels
 * @param mode   {@link FitMode#FIT} or {@link FitMode#FILL}
 */
public record ThumbnailSize(String name, int width, int height, FitMode mode) {

    /** Names become one path segment of the derivative key, so no '/' and nothing exotic. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,62}");

    /** Larger boxes are almost certainly a typo, and would let a config change blow the memory. */
    public static final int MAX_EDGE = 8192;

    public ThumbnailSize {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("size name '" + name + "' must match " + NAME.pattern());
        }
        if (width < 1 || height < 1 || width > MAX_EDGE || height > MAX_EDGE) {
            throw new IllegalArgumentException(
                    "size '" + name + "' must be between 1x1 and " + MAX_EDGE + "x" + MAX_EDGE + ", was " + width + "x" + height);
        }
    }

    @Override
    public String toString() {
        return name + "=" + width + "x" + height + ":" + mode.name().toLowerCase(Locale.ROOT);
    }
}
