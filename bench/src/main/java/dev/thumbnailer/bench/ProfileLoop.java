package dev.thumbnailer.bench;

import dev.thumbnailer.bench.corpus.CorpusImage;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Child-JVM main for {@code bench/run --profile}: renders one image over and over for a few
 * seconds while JFR (started on the command line) samples it. Args: contender, image, corpus dir,
 * seconds. The first renders are warm-up and land in the recording too; they are a small share.
 */
public final class ProfileLoop {

    private ProfileLoop() {
    }

    public static void main(String[] args) throws Exception {
        Contender contender = Contender.byId(args[0]);
        CorpusImage image = CorpusImage.valueOf(args[1]);
        byte[] bytes = Files.readAllBytes(image.in(Path.of(args[2])));
        long end = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        Contender.Renderer renderer = contender.create();
        int renders = 0;
        while (System.nanoTime() < end) {
            renderer.render(image, bytes);
            renders++;
        }
        System.out.println("RENDERS " + renders);
    }
}
