package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README is a front door onto docs/ and the module READMEs: every relative link in them must
 * reach a file, and a {@code #fragment} a heading of that file, spelt as GitHub spells its anchors
 * (lower case, punctuation dropped, spaces as hyphens). Links inside code blocks are not links.
 */
class DocumentationLinksTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).normalize();
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");

    static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("bench/README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markdownFiles")
    void markdownFile_everyRelativeLink_reachesAFileAndHeading(Path file) {
        List<String> targets = relativeLinks(file);

        List<String> broken = targets.stream().filter(target -> !resolves(file, target)).toList();

        assertEquals(List.of(), broken, ROOT.relativize(file) + " links to what is not there");
    }

    private static List<String> relativeLinks(Path file) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(outsideCodeBlocks(file));
        while (m.find()) {
            if (!m.group(1).matches("[a-z]+:.*")) {
                links.add(m.group(1));
            }
        }
        return links;
    }

    private static boolean resolves(Path from, String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        Path dest = path.isEmpty() ? from : from.getParent().resolve(path).normalize();
        if (!Files.exists(dest)) {
            return false;
        }
        return hash < 0 || !dest.toString().endsWith(".md") || anchors(dest).contains(target.substring(hash + 1));
    }

    private static Set<String> anchors(Path file) {
        return outsideCodeBlocks(file).lines().map(HEADING::matcher).filter(Matcher::matches)
                .map(m -> m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    private static String outsideCodeBlocks(Path file) {
        try {
            return Files.readString(file).replaceAll("(?ms)^```.*?^```", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
