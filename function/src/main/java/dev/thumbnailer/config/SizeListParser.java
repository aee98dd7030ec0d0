package dev.thumbnailer.config;

import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.ThumbnailSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code THUMBNAIL_SIZES}: a comma list of {@code name=WIDTHxHEIGHT[:fit|fill]}, e.g.
 * {@code small=128x128,cover=1200x630:fill}. Whitespace around items is ignored.
 */
public final class SizeListParser {

    public static final String FORM = "comma list of name=WIDTHxHEIGHT[:fit|fill], e.g. small=128x128,cover=1200x630:fill";

    private static final Pattern ITEM = Pattern.compile("([^=\\s]+)\\s*=\\s*(\\d{1,6})\\s*[xX]\\s*(\\d{1,6})(?:\\s*:\\s*(\\w+))?");

    private SizeListParser() {
    }

    /** Parses the list, adding one message per bad item to {@code problems}; returns the good items. */
    public static List<ThumbnailSize> parse(String value, List<String> problems) {
        List<ThumbnailSize> sizes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String raw : value.split(",", -1)) {
            String item = raw.strip();
            try {
                ThumbnailSize size = parseItem(item);
                if (!names.add(size.name())) {
                    throw new IllegalArgumentException("size name '" + size.name() + "' is used twice");
                }
                sizes.add(size);
            } catch (IllegalArgumentException e) {
                problems.add("item '" + item + "': " + e.getMessage());
            }
        }
        return sizes;
    }

    static ThumbnailSize parseItem(String item) {
        Matcher m = ITEM.matcher(item);
        if (!m.matches()) {
            throw new IllegalArgumentException("not of the form name=WIDTHxHEIGHT[:fit|fill]");
        }
        return new ThumbnailSize(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), mode(m.group(4)));
    }

    private static FitMode mode(String word) {
        if (word == null) {
            return FitMode.FIT;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "fit" -> FitMode.FIT;
            case "fill" -> FitMode.FILL;
            default -> throw new IllegalArgumentException("mode '" + word + "' must be fit or fill");
        };
    }
}
