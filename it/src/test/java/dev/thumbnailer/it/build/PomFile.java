package dev.thumbnailer.it.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The version pins of one POM as written in it: its own properties, and the versions of the
 * plugins and dependencies it declares with a version, with {@code ${...}} resolved against its
 * own properties only (no parent, no profiles: what the two POMs compared here declare).
 */
public record PomFile(Path path, Map<String, String> properties, Map<String, String> pinnedVersions) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    public static PomFile read(Path path) {
        Element project = parse(path);
        Map<String, String> properties = new LinkedHashMap<>();
        child(project, "properties").ifPresent(p -> children(p).forEach(e -> properties.put(e.getTagName(), e.getTextContent().strip())));
        Map<String, String> pins = new LinkedHashMap<>();
        child(project, "build").ifPresent(build -> {
            child(build, "pluginManagement").ifPresent(pm -> collect(pm, "plugins", "plugin", properties, pins));
            collect(build, "plugins", "plugin", properties, pins);
        });
        child(project, "dependencyManagement").ifPresent(dm -> collect(dm, "dependencies", "dependency", properties, pins));
        collect(project, "dependencies", "dependency", properties, pins);
        return new PomFile(path, properties, pins);
    }

    private static void collect(Element parent, String listTag, String itemTag, Map<String, String> properties, Map<String, String> pins) {
        child(parent, listTag).ifPresent(list -> children(list).stream()
                .filter(item -> item.getTagName().equals(itemTag))
                .forEach(item -> child(item, "version").ifPresent(version ->
                        pins.put(itemTag + " " + coordinates(item), resolve(version.getTextContent().strip(), properties)))));
    }

    private static String coordinates(Element item) {
        // A plugin without a groupId is one of Maven's own.
        String group = child(item, "groupId").map(Node::getTextContent).orElse("org.apache.maven.plugins");
        return group.strip() + ":" + child(item, "artifactId").orElseThrow().getTextContent().strip();
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(resolved, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(resolved).toString();
    }

    private static Element parse(Path path) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(path.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static Optional<Element> child(Element parent, String tag) {
        return children(parent).stream().filter(e -> e.getTagName().equals(tag)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }
}
