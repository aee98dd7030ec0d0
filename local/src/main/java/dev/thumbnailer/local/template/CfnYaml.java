package dev.thumbnailer.local.template;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML loader for CloudFormation templates. Plain YAML rejects the short-form tags
 * ({@code !Ref X}, {@code !Sub "..."}, {@code !If [...]}); here each becomes the long form CloudFormation
 * defines it as ({@code {Ref: X}}, {@code {Fn::Sub: "..."}}), so one resolver handles both spellings.
 * Safe construction: a template can build plain maps, lists and scalars, never arbitrary classes.
 */
public final class CfnYaml {

    private static final List<String> FN_TAGS = List.of("Sub", "If", "Equals", "Not", "And", "Or", "Select", "Split", "Join",
            "FindInMap", "GetAZs", "ImportValue", "Base64", "Cidr", "Transform", "Length", "ToJsonString");

    private CfnYaml() {
    }

    public static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new CfnConstructor(options), new Representer(dumper), dumper, options, new Resolver());
    }

    private static final class CfnConstructor extends SafeConstructor {

        CfnConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(new Tag("!Ref"), new LongForm("Ref", false));
            yamlConstructors.put(new Tag("!Condition"), new LongForm("Condition", false));
            yamlConstructors.put(new Tag("!GetAtt"), new LongForm("Fn::GetAtt", true));
            FN_TAGS.forEach(fn -> yamlConstructors.put(new Tag("!" + fn), new LongForm("Fn::" + fn, false)));
        }

        /** {@code !Name value} → {@code {Fn::Name: value}}, the value built as plain YAML. */
        private final class LongForm extends AbstractConstruct {

            private final String key;
            private final boolean splitDottedScalar;

            LongForm(String key, boolean splitDottedScalar) {
                this.key = key;
                this.splitDottedScalar = splitDottedScalar;
            }

            @Override
            public Object construct(Node node) {
                Object value = switch (node) {
                    case ScalarNode scalar -> constructScalar(scalar);
                    case SequenceNode sequence -> constructSequence(sequence);
                    case MappingNode mapping -> constructMapping(mapping);
                    default -> throw new IllegalStateException("unexpected YAML node " + node);
                };
                if (splitDottedScalar && value instanceof String s && s.contains(".")) {
                    // !GetAtt Resource.Attribute is the short form of [Resource, Attribute].
                    value = List.of(s.substring(0, s.indexOf('.')), s.substring(s.indexOf('.') + 1));
                }
                return Map.of(key, value);
            }
        }
    }
}
