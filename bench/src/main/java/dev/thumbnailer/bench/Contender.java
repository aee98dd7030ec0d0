package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.config.SizeListParser;
import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.image.Thumbnail;
import dev.thumbnailer.image.ThumbnailPipeline;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;

/** The two JVM implementations compared, each doing exactly the work issue 6 defines for it. */
enum Contender {

    /** Our pipeline as the handler runs it: every default size, from the defaults the function ships with. */
    OURS("ours") {
        @Override
        Renderer create() {
            List<String> problems = new ArrayList<>();
            List<ThumbnailSize> sizes = SizeListParser.parse(SettingsParser.DEFAULT_SIZES, problems);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("default sizes do not parse: " + problems);
            }
            ThumbnailPipeline pipeline = new ThumbnailPipeline(sizes, new SourceLimits(SettingsParser.DEFAULT_MAX_SOURCE_PIXELS, SettingsParser.DEFAULT_MAX_ANIMATION_FRAMES), SettingsParser.DEFAULT_JPEG_QUALITY);
            return (image, bytes) -> {
                List<Thumbnail> thumbnails = pipeline.render("bench/" + image.fileName(), bytes);
                String sizesMade = thumbnails.stream().map(t -> t.size().name() + " " + t.width() + "x" + t.height()).collect(Collectors.joining(", "));
                return new Output(thumbnails.stream().mapToLong(t -> t.bytes().length).sum(), sizesMade);
            };
        }
    },

    /**
     * The baseline: Thumbnailator's default call for one 256x256 thumbnail, same format as
     * the input, with ImageIO's defaults. Our pipeline turns ImageIO's disk cache off JVM-wide, which
     * would quietly speed Thumbnailator up in the shared timing JVM; the default is restored for its
     * calls (ours reads and writes through in-memory streams that ignore the setting).
     */
    THUMBNAILATOR("thumbnailator") {
        @Override
        Renderer create() {
            return (image, bytes) -> {
                boolean cache = ImageIO.getUseCache();
                ImageIO.setUseCache(true);
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Thumbnails.of(new ByteArrayInputStream(bytes)).size(256, 256).outputFormat(image.formatName()).toOutputStream(out);
                    return new Output(out.size(), "one 256x256 box");
                } finally {
                    ImageIO.setUseCache(cache);
                }
            };
        }
    };

    /** What a render produced; returned (and checked) so the work cannot be optimised away. */
    record Output(long bytes, String description) {
    }

    interface Renderer {
        Output render(CorpusImage image, byte[] bytes) throws Exception;
    }

    private final String id;

    Contender(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    abstract Renderer create();

    static Contender byId(String id) {
        for (Contender c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown contender " + id);
    }
}
