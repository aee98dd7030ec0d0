package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.it.build.PomFile;
import dev.thumbnailer.local.template.FunctionSpec;
import dev.thumbnailer.local.template.TemplateReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * function/pom.xml has no parent, by design: {@code sam build} copies function/ alone, where
 * ../pom.xml cannot be found (aws-sam-cli #2289). So every version it shares with the root POM, which
 * the other modules inherit, is written twice; a bump on one side only would test and benchmark
 * other library versions than the ones deployed.
 */
class BuildConsistencyTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    static final PomFile PARENT = PomFile.read(ROOT.resolve("pom.xml"));
    static final PomFile FUNCTION = PomFile.read(ROOT.resolve("function/pom.xml"));

    static List<String> sharedProperties() {
        return shared(PARENT.properties().keySet(), FUNCTION.properties().keySet());
    }

    static List<String> sharedPins() {
        return shared(PARENT.pinnedVersions().keySet(), FUNCTION.pinnedVersions().keySet());
    }

    @Test
    void poms_sharedPins_includeTheReleaseTheSdkJunitAndTheEventsLibrary() {
        Set<String> expected = Set.of("maven.compiler.release", "awssdk.version", "junit.version", "lambda-events.version");

        List<String> shared = sharedProperties();

        assertTrue(shared.containsAll(expected), "shared properties " + shared + " lack some of " + expected);
        assertTrue(sharedPins().contains("plugin org.apache.maven.plugins:maven-compiler-plugin"), "shared pins: " + sharedPins());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedProperties")
    void sharedProperty_inBothPoms_hasTheSameValue(String property) {
        String inParent = PARENT.properties().get(property);

        String inFunction = FUNCTION.properties().get(property);

        assertEquals(inParent, inFunction, property + " differs between pom.xml and function/pom.xml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedPins")
    void sharedPluginOrDependency_inBothPoms_hasTheSameVersion(String coordinates) {
        String inParent = PARENT.pinnedVersions().get(coordinates);

        String inFunction = FUNCTION.pinnedVersions().get(coordinates);

        assertEquals(inParent, inFunction, coordinates + " differs between pom.xml and function/pom.xml");
    }

    @Test
    void compilerRelease_ofTheFunction_isTheTemplatesJavaRuntime() {
        String release = FUNCTION.properties().get("maven.compiler.release");

        Set<String> runtimes = new TreeSet<>(TemplateReader.read(ROOT.resolve("template.yaml")).functions().values().stream()
                .map(FunctionSpec::runtime).toList());

        assertEquals(Set.of("java" + release), runtimes);
    }

    private static List<String> shared(Set<String> a, Set<String> b) {
        return a.stream().filter(b::contains).sorted().toList();
    }
}
