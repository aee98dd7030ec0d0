package dev.thumbnailer.local.template;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the intrinsic functions a function's configuration may use, the way {@code sam local}
 * does without a stack: {@code Ref} of a parameter gives its {@code Default}, pseudo parameters get
 * SAM CLI's local placeholder values, {@code Fn::Sub} substitutes both, and {@code AWS::NoValue}
 * removes the property. Anything else cannot be known locally and is reported, not guessed.
 */
final class Intrinsics {

    /** The values {@code sam local} uses (samcli IntrinsicsSymbolTable.DEFAULT_PSEUDO_PARAM_VALUES). */
    static final Map<String, String> PSEUDO_PARAMETERS = Map.of(
            "AWS::AccountId", "123456789012",
            "AWS::Partition", "aws",
            "AWS::Region", "us-east-1",
            "AWS::StackName", "local",
            "AWS::URLSuffix", "amazonaws.com");

    private static final String NO_VALUE = "AWS::NoValue";
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]+)}");

    private final Map<String, String> parameterDefaults;

    Intrinsics(Map<String, String> parameterDefaults) {
        this.parameterDefaults = parameterDefaults;
    }

    /** The value as a string; empty for {@code !Ref AWS::NoValue}. */
    Optional<String> resolve(Object value, String where) {
        return switch (value) {
            case null -> throw new TemplateException(where + " has no value");
            case String s -> Optional.of(s);
            case Number n -> Optional.of(n.toString());
            case Boolean b -> Optional.of(b.toString());
            case Map<?, ?> fn when fn.size() == 1 && fn.containsKey("Ref") -> ref(String.valueOf(fn.get("Ref")), where);
            case Map<?, ?> fn when fn.size() == 1 && fn.containsKey("Fn::Sub") -> Optional.of(sub(fn.get("Fn::Sub"), where));
            default -> throw new TemplateException(where + " is " + value + ", which cannot be resolved without a deployed stack");
        };
    }

    private Optional<String> ref(String name, String where) {
        if (NO_VALUE.equals(name)) {
            return Optional.empty();
        }
        return Optional.of(lookup(name, Map.of(), where));
    }

    private String sub(Object argument, String where) {
        Map<String, String> variables = new HashMap<>();
        String text;
        if (argument instanceof List<?> list && list.size() == 2 && list.get(1) instanceof Map<?, ?> map) {
            text = String.valueOf(list.getFirst());
            map.forEach((name, v) -> variables.put(String.valueOf(name), resolve(v, where + " ${" + name + "}").orElse("")));
        } else {
            text = String.valueOf(argument);
        }
        Matcher m = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // ${!Literal} is Fn::Sub's escape for a literal ${Literal}.
            String replacement = m.group(1).isEmpty() ? lookup(m.group(2), variables, where) : "${" + m.group(2) + "}";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private String lookup(String name, Map<String, String> variables, String where) {
        if (variables.containsKey(name)) {
            return variables.get(name);
        }
        if (parameterDefaults.containsKey(name)) {
            return parameterDefaults.get(name);
        }
        if (PSEUDO_PARAMETERS.containsKey(name)) {
            return PSEUDO_PARAMETERS.get(name);
        }
        throw new TemplateException(where + " refers to " + name + ", which is neither a parameter with a Default nor a pseudo parameter");
    }
}
