package dev.thumbnailer.handler;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.config.UploadSettings;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.S3Clients;
import dev.thumbnailer.storage.S3ObjectStore;
import dev.thumbnailer.storage.S3UploadStore;
import dev.thumbnailer.storage.UploadStore;
import dev.thumbnailer.upload.UploadApi;
import dev.thumbnailer.upload.UploadRoutes;
import java.util.Map;
import java.util.function.Consumer;

/** The upload API's parts, built once per container at init from the same settings the thumbnail function reads. */
public record UploadApiComponents(Settings settings, UploadSettings uploads, UploadRoutes routes) {

    public static UploadApiComponents fromEnvironment(Map<String, String> env, Consumer<String> log) {
        Settings settings = SettingsParser.parse(env);
        UploadSettings uploads = SettingsParser.parseUploads(env);
        var client = S3Clients.create(settings, env);
        return with(settings, uploads, new S3ObjectStore(client), new S3UploadStore(client, S3Clients.presigner(settings, env)), log);
    }

    public static UploadApiComponents with(Settings settings, UploadSettings uploads, ObjectStore objects, UploadStore store, Consumer<String> log) {
        return new UploadApiComponents(settings, uploads, new UploadRoutes(new UploadApi(settings, uploads, objects, store), log));
    }
}
