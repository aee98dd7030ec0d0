package dev.thumbnailer.upload;

import java.nio.charset.StandardCharsets;

/**
 * The rules for a name that becomes one segment of a key: a filename or an album. A segment can
 * never contain '/' or '\', so no name can climb out of or reach into another folder; names a
 * file system, shell or log viewer would treat specially are refused rather than rewritten, so
 * the key is always exactly what the user named.
 */
final class SafeNames {

    /** S3 allows 1024 bytes per key; 255 is what most file systems allow per name. */
    static final int MAX_SEGMENT_BYTES = 255;

    private SafeNames() {
    }

    static String segment(String field, String name) {
        if (name.isEmpty()) {
            throw invalid(field, "must not be empty");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
            throw invalid(field, "must not contain '/' or '\\'");
        }
        if (name.startsWith(".")) {
            throw invalid(field, "must not start with '.' (no '.', '..' or hidden names)");
        }
        if (!name.strip().equals(name)) {
            throw invalid(field, "must not start or end with white space");
        }
        name.codePoints().filter(SafeNames::forbidden).findFirst().ifPresent(cp -> {
            throw invalid(field, "must not contain control or invisible formatting characters (found U+%04X)".formatted(cp));
        });
        if (!wellFormed(name)) {
            throw invalid(field, "is not valid Unicode (an unpaired surrogate)");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
            throw invalid(field, "must be at most " + MAX_SEGMENT_BYTES + " bytes in UTF-8");
        }
        return name;
    }

    /** Controls (C0, DEL, C1), line/paragraph separators, and format characters such as U+202E, which reverses how a name reads. */
    private static boolean forbidden(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static ApiError invalid(String field, String rule) {
        return ApiError.badRequest("invalid_name", "\"" + field + "\" " + rule);
    }
}
