package dev.thumbnailer.local.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.local.samples.SampleImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunnerTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", ".."));

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LocalRunner.run(args, ROOT, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void run_folderWithTwoImagesAndATextFile_tablesThemAndCleansUpTheFirst() throws IOException {
        Path images = Files.createDirectories(temp.resolve("images/trip"));
        Files.write(images.resolve("a cat.jpg"), SampleImages.photoJpeg(800, 600, 1));
        Files.write(images.resolve("b.png"), SampleImages.logoPngWithAlpha(300));
        Files.writeString(images.resolve("notes.txt"), "not an image");
        Path out = temp.resolve("out");

        Run run = run(temp.resolve("images").toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Pattern.compile("trip/a cat\\.jpg +thumbnails/small/trip/a cat\\.jpg +image/jpeg +128x96 ").matcher(run.out()).find(), run.out());
        assertTrue(Pattern.compile("thumbnails/medium/trip/b\\.png +image/png +300x300 ").matcher(run.out()).find(), run.out());
        assertTrue(Pattern.compile("trip/notes\\.txt +rejected: content is text").matcher(run.out()).find(), run.out());
        assertTrue(run.out().contains("3 files: 2 thumbnailed, 1 rejected, 0 skipped, 0 failed"), run.out());
        assertTrue(run.err().contains("[3/3] trip/notes.txt"), run.err());
        // The first original was deleted through CleanupFunction: its derivatives left bucket and folder.
        assertTrue(run.out().contains("thumbnails/small/trip/a cat.jpg   gone from the bucket"), run.out());
        assertFalse(Files.exists(out.resolve("thumbnails/small/trip/a cat.jpg")));
        assertTrue(Files.size(out.resolve("thumbnails/small/trip/b.png")) > 0);
        assertTrue(Files.readString(out.resolve(OutputFolder.FUNCTION_LOG)).contains("\"outcome\":\"rejected\""));
        assertTrue(Pattern.compile("THUMBNAIL_SIZES=small=128x128,medium=512x512,large=1024x1024(?s).*created \\(originals\\) +1\n.*rejected +1\n")
                .matcher(run.out()).find(), run.out());
    }

    @Test
    void run_emptyFolder_saysSoWithoutAStackTrace() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty/sub"));

        Run run = run(empty.getParent().toString(), "--out", temp.resolve("out").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("has no files to upload"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void run_missingFolder_saysSo() {
        Run run = run(temp.resolve("nope").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("No such folder: "), run.err());
    }

    @Test
    void run_nonEmptyOutputFolderNotMadeByTheRunner_isLeftAlone() throws IOException {
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("thesis.txt"), "do not delete");

        Run run = run("--out", precious.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("is not empty and was not made by this runner"), run.err());
        assertTrue(Files.exists(precious.resolve("thesis.txt")));
    }

    @Test
    void run_unknownOption_printsUsage() {
        Run run = run("--frobnicate");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Usage: ./try-it"), run.err());
    }
}
