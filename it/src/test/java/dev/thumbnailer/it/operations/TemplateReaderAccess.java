package dev.thumbnailer.it.operations;

import dev.thumbnailer.local.template.TemplateReader;
import java.nio.file.Path;

/** The template's top-level sections other than Resources. */
final class TemplateReaderAccess {

    private TemplateReaderAccess() {
    }

    static Object globals(Path root) {
        return TemplateReader.raw(root.resolve("template.yaml")).get("Globals");
    }
}
