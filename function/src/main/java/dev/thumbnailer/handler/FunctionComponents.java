package dev.thumbnailer.handler;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.image.ThumbnailPipeline;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.service.RejectionMarkers;
import dev.thumbnailer.service.ThumbnailService;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.S3Clients;
import dev.thumbnailer.storage.S3ObjectStore;
import java.util.Map;

/**
 * Everything a handler needs, built once per container at init (so SnapStart snapshots it):
 * settings parsed from the environment, the S3 client, the pipeline and the service.
 */
public record FunctionComponents(Settings settings, DerivativeKeys keys, ThumbnailPipeline pipeline, ThumbnailService thumbnails) {

    /** From an environment map: {@code System.getenv()} in Lambda, a template's variables in tests. */
    public static FunctionComponents fromEnvironment(Map<String, String> env) {
        Settings settings = SettingsParser.parse(env);
        return withStore(settings, new S3ObjectStore(S3Clients.create(settings, env), settings.derivativeCacheControl()));
    }

    public static FunctionComponents withStore(Settings settings, ObjectStore store) {
        DerivativeKeys keys = new DerivativeKeys(settings.thumbnailPrefix());
        ThumbnailPipeline pipeline = new ThumbnailPipeline(settings.sizes(), settings.sourceLimits(), settings.jpegQuality());
        ThumbnailService thumbnails = new ThumbnailService(store, pipeline, keys, settings.maxSourceBytes(), settings::destinationFor,
                new RejectionMarkers(store, keys));
        return new FunctionComponents(settings, keys, pipeline, thumbnails);
    }
}
