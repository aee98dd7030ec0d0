package dev.thumbnailer.upload;

import dev.thumbnailer.config.UploadSettings;
import dev.thumbnailer.naming.DerivativeKeys;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key layout of uploads: {@code <uploadPrefix>users/<owner>/[<album>/]<filename>}. The server
 * picks the key from the caller's identity and two checked names, so one folder per owner holds
 * everything they uploaded (what IAM, listing and deletion are scoped by), an album is a
 * subfolder, and the same filename in the same album is the same key: a re-upload replaces it.
 */
public final class UploadKeys {

    /** S3's limit on a key, in UTF-8 bytes; it must hold the longest derivative key too. */
    static final int MAX_KEY_BYTES = 1024;
    /**
     * JWT subjects as providers issue them (Cognito's UUIDs, "auth0|...", Google's digits, e-mail
     * addresses): used as a folder name as is, so it must not be a path segment with a meaning.
     */
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@|:+=-]{0,127}");

    private final String usersFolder;
    private final DerivativeKeys derivatives;
    private final String longestFolderName;

    public UploadKeys(UploadSettings settings, DerivativeKeys derivatives, List<String> sizeNames) {
        this.usersFolder = settings.usersFolder();
        this.derivatives = derivatives;
        this.longestFolderName = java.util.stream.Stream.concat(sizeNames.stream(), java.util.stream.Stream.of(DerivativeKeys.REJECTED_FOLDER))
                .max(java.util.Comparator.comparingInt(n -> n.getBytes(StandardCharsets.UTF_8).length)).orElseThrow();
    }

    /** The caller's folder; a subject that cannot be one is refused, never rewritten (two callers must never share one). */
    public String ownerFolder(String owner) {
        if (!OWNER.matcher(owner).matches()) {
            throw new ApiError(403, "unusable_identity", "the token's subject cannot name an upload folder");
        }
        return usersFolder + owner + "/";
    }

    public String albumFolder(String owner, String album) {
        return ownerFolder(owner) + SafeNames.segment("album", album) + "/";
    }

    /** The key for a new upload; 400 when a name is unsafe or the key (or its longest derivative key) too long. */
    public String keyFor(String owner, Optional<String> album, String filename) {
        String folder = album.isPresent() ? albumFolder(owner, album.get()) : ownerFolder(owner);
        String key = folder + SafeNames.segment("filename", filename);
        if (bytes(derivatives.derivativeKey(longestFolderName, key)) > MAX_KEY_BYTES) {
            throw ApiError.badRequest("key_too_long", "the key would be " + bytes(key) + " bytes and its thumbnails' longer;"
                    + " S3 allows " + MAX_KEY_BYTES + ": use a shorter filename or album");
        }
        return key;
    }

    /**
     * {@code key} if the API could have made it for {@code owner}; otherwise 404, the same answer a
     * missing key gets, so nobody learns which keys other owners have.
     */
    public String requireOwned(String owner, String key) {
        String folder = ownerFolder(owner);
        if (!key.startsWith(folder)) {
            throw notYours();
        }
        String[] segments = key.substring(folder.length()).split("/", -1);
        if (segments.length > 2) {
            throw notYours();
        }
        try {
            String made = keyFor(owner, segments.length == 2 ? Optional.of(segments[0]) : Optional.empty(), segments[segments.length - 1]);
            if (!made.equals(key)) {
                throw notYours();
            }
        } catch (ApiError e) {
            throw notYours();
        }
        return key;
    }

    private static ApiError notYours() {
        return ApiError.notFound("you have no upload with this key");
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
