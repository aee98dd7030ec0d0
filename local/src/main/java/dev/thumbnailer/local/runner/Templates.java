package dev.thumbnailer.local.runner;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.local.template.SamTemplate;
import dev.thumbnailer.local.template.TemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** template.yaml for the runner: a missing file is a usage problem (wrong directory), not a crash. */
final class Templates {

    private Templates() {
    }

    static SamTemplate read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("No template.yaml at " + file.toAbsolutePath() + "; run ./try-it from the repository root.");
        }
        return TemplateReader.read(file);
    }

    /** The settings the thumbnail function gets from the template: prefix, sizes, limits. */
    static Settings thumbnailSettings(SamTemplate template) {
        return SettingsParser.parse(template.functionFor("ObjectCreated:Put").environment());
    }
}
