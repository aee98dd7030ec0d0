package dev.thumbnailer.it.template;

import dev.thumbnailer.local.template.CfnYaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * template.yaml as deployed with chosen parameter values: which resources exist (their Condition,
 * evaluated), and the template re-rendered with those values as defaults, for cfn-lint (which
 * lints a template under its defaults).
 */
final class TemplateModes {

    static final Path TEMPLATE = Path.of(System.getProperty("project.root", "..")).resolve("template.yaml");

    private final Map<String, Object> root;
    private final Map<String, String> parameters;

    @SuppressWarnings("unchecked")
    TemplateModes(Map<String, String> parameters) {
        try {
            this.root = (Map<String, Object>) CfnYaml.loader().load(Files.readString(TEMPLATE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.parameters = parameters;
    }

    /** The resources that exist with these parameters, by logical ID. */
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> resources() {
        Map<String, Map<String, Object>> active = new LinkedHashMap<>();
        ((Map<String, Object>) root.get("Resources")).forEach((id, resource) -> {
            Map<String, Object> r = (Map<String, Object>) resource;
            if (!r.containsKey("Condition") || condition((String) r.get("Condition"))) {
                active.put(id, r);
            }
        });
        return active;
    }

    @SuppressWarnings("unchecked")
    boolean condition(String name) {
        return evaluate(((Map<String, Object>) root.get("Conditions")).get(name));
    }

    @SuppressWarnings("unchecked")
    private boolean evaluate(Object expression) {
        Map<String, Object> fn = (Map<String, Object>) expression;
        if (fn.containsKey("Fn::Not")) {
            return !evaluate(((List<Object>) fn.get("Fn::Not")).getFirst());
        }
        if (fn.containsKey("Condition")) {
            return condition((String) fn.get("Condition"));
        }
        List<Object> operands = (List<Object>) fn.get("Fn::Equals");
        return value(operands.get(0)).equals(value(operands.get(1)));
    }

    @SuppressWarnings("unchecked")
    private String value(Object operand) {
        if (operand instanceof Map<?, ?> ref && ref.containsKey("Ref")) {
            String name = (String) ref.get("Ref");
            if (parameters.containsKey(name)) {
                return parameters.get(name);
            }
            Map<String, Object> parameter = (Map<String, Object>) ((Map<String, Object>) root.get("Parameters")).get(name);
            return String.valueOf(parameter.get("Default"));
        }
        return String.valueOf(operand);
    }

    /** Runs cfn-lint on the template with these parameter values as defaults; returns its output, empty when clean. */
    String cfnLint() throws IOException, InterruptedException {
        Path rendered = Files.createTempFile("template-", ".yaml");
        try {
            Files.writeString(rendered, withDefaults());
            Process lint = new ProcessBuilder("cfn-lint", rendered.toString()).redirectErrorStream(true).start();
            String output = new String(lint.getInputStream().readAllBytes());
            if (!lint.waitFor(120, TimeUnit.SECONDS)) {
                lint.destroyForcibly();
                return "cfn-lint timed out";
            }
            return lint.exitValue() == 0 ? "" : "cfn-lint exit " + lint.exitValue() + ":\n" + output;
        } finally {
            Files.deleteIfExists(rendered);
        }
    }

    /** The template text with each parameter's {@code Default: ""} line replaced by the chosen value. */
    private String withDefaults() throws IOException {
        String text = Files.readString(TEMPLATE);
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            String declaration = "  " + p.getKey() + ":\n    Type: String\n    Default: \"\"\n";
            if (!text.contains(declaration)) {
                throw new IllegalStateException("template declares " + p.getKey() + " differently than `Type: String` then `Default: \"\"`");
            }
            text = text.replace(declaration, "  " + p.getKey() + ":\n    Type: String\n    Default: \"" + p.getValue() + "\"\n");
        }
        return text;
    }

    static boolean cfnLintInstalled() {
        try {
            return new ProcessBuilder("cfn-lint", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Set<String> s3EventFunctions(Map<String, Map<String, Object>> resources) {
        return resources.entrySet().stream().filter(e -> eventTypes(e.getValue()).contains("S3")).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    static Set<String> eventTypes(Map<String, Object> resource) {
        Map<String, Object> properties = (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
        Map<String, Object> events = (Map<String, Object>) properties.getOrDefault("Events", Map.of());
        return events.values().stream().map(e -> (String) ((Map<String, Object>) e).get("Type")).collect(java.util.stream.Collectors.toSet());
    }
}
