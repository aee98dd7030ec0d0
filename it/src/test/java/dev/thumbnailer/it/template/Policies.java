package dev.thumbnailer.it.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The inline IAM statements of a SAM function (its {@code Policies: - Statement: [...]} entries), as parsed YAML. */
final class Policies {

    private Policies() {
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Map<String, Object> function) {
        Map<String, Object> properties = (Map<String, Object>) function.get("Properties");
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object policy : (List<Object>) properties.getOrDefault("Policies", List.of())) {
            if (policy instanceof Map<?, ?> document && document.get("Statement") instanceof List<?> list) {
                list.forEach(s -> statements.add((Map<String, Object>) s));
            }
        }
        return statements;
    }

    /** The statement's actions; an {@code Fn::If} statement counts with the actions of its first branch. */
    @SuppressWarnings("unchecked")
    static List<String> actions(Map<String, Object> statement) {
        Map<String, Object> effective = statement.containsKey("Fn::If")
                ? (Map<String, Object>) ((List<Object>) statement.get("Fn::If")).get(1) : statement;
        Object action = effective.get("Action");
        return action instanceof List<?> list ? (List<String>) list : action == null ? List.of() : List.of((String) action);
    }
}
