package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child-JVM main for one heap probe: under the -Xmx it was started with, can {@code contender}
 * render {@code image} twice (a warm-up, then the real one)? Exit 0 yes, 3 out of memory, 4 any
 * other failure (which no heap size fixes, so the bisection stops). The original's bytes are
 * read into the heap first, as the handler does with a downloaded object.
 */
public final class HeapProbe {

    static final int OK = 0;
    static final int OUT_OF_MEMORY = 3;
    static final int OTHER_FAILURE = 4;

    private HeapProbe() {
    }

    public static void main(String[] args) {
        Contender contender = Contender.byId(args[0]);
        CorpusImage image = CorpusImage.valueOf(args[1]);
        try {
            byte[] bytes = Files.readAllBytes(image.in(Path.of(args[2])));
            Contender.Renderer renderer = contender.create();
            renderer.render(image, bytes);
            renderer.render(image, bytes);
        } catch (OutOfMemoryError e) {
            Runtime.getRuntime().halt(OUT_OF_MEMORY); // halt: printing could itself run out of memory
        } catch (Throwable e) {
            System.err.println(WarmTimer.describe(e));
            Runtime.getRuntime().halt(OTHER_FAILURE);
        }
        Runtime.getRuntime().halt(OK);
    }
}
