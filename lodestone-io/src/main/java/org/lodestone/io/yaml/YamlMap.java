package org.lodestone.io.yaml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lodestone.io.problem.Location;
import org.lodestone.io.problem.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * A YAML mapping read with the location of every key and value, so that checks can point at
 * {@code file:line:column}. Values stay text: nothing is converted implicitly (a date stays
 * {@code "2025-12-12"}), and duplicate keys are errors.
 */
public final class YamlMap {

    private final String file;
    private final Node node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (entries.putIfAbsent(key, tuple) != null) {
                problems.error(at(file, tuple.getKeyNode()), "key", key, "appears twice", "each key once", "");
            }
        }
    }

    /** Parses a document whose top level must be a mapping; empty (with a problem recorded) if not. */
    public static Optional<YamlMap> parse(String file, String text, Problems problems) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(file, mapping, problems));
            }
            Location where = root == null ? new Location(file, 1, 1) : at(file, root);
            problems.error(where, "", "", "is not a YAML mapping", "key: value lines at the top level", "");
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location where =
                    mark == null ? Location.file(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
            problems.error(where, "", "", "is not valid YAML: " + e.getProblem(), "", "");
        } catch (ReaderException e) {
            problems.error(
                    at(file, text, e.getPosition()),
                    "",
                    String.format("U+%04X", e.getCodePoint()),
                    "is a character YAML does not allow",
                    "printable Unicode text",
                    "Maybe the file is binary, or holds a NUL or control character");
        } catch (YAMLException e) {
            // the loader's limits (aliases, nesting depth, document size) carry no position
            problems.error(
                    new Location(file, 1, 1),
                    "",
                    "",
                    "is over a limit of the YAML reader: " + e.getMessage(),
                    "at most 50 aliases, 50 levels of nesting and 3 MB of text",
                    "");
        }
        return Optional.empty();
    }

    /** The line and column of a code point offset in {@code text}. */
    private static Location at(String file, String text, int position) {
        int line = 1;
        int column = 1;
        for (int i = 0, seen = 0;
                i < text.length() && seen < position;
                i += Character.charCount(text.codePointAt(i)), seen++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    /** Records an error for each key not in {@code valid}, listing the valid keys. */
    public void rejectUnknownKeys(Set<String> valid, Problems problems) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!valid.contains(e.getKey())) {
                problems.error(
                        at(file, e.getValue().getKeyNode()),
                        "key",
                        e.getKey(),
                        "is not a known key",
                        "one of " + String.join(", ", new TreeSet<>(valid)),
                        "");
            }
        }
    }

    /** The keys in file order. */
    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    /** True if the key is present. */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The scalar text of a key; empty (with a problem recorded) if missing or not a scalar and required. */
    public Optional<String> scalar(String key, boolean required, Problems problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.error(location(), "key", key, "is missing", "a value for " + key, "");
            }
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        problems.error(at(file, tuple.getValueNode()), "key", key, "is not a single value", "text or a number", "");
        return Optional.empty();
    }

    /** The mapping under a key; empty (with a problem recorded when present but not a mapping). */
    public Optional<YamlMap> map(String key, Problems problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof MappingNode m) {
            return Optional.of(new YamlMap(file, m, problems));
        }
        problems.error(at(file, tuple.getValueNode()), "key", key, "is not a mapping", "key: value entries", "");
        return Optional.empty();
    }

    /** The mappings of a list under a key; problems recorded for items that are not mappings. */
    public List<YamlMap> listOfMaps(String key, Problems problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
            problems.error(at(file, tuple.getValueNode()), "key", key, "is not a list", "a list of - {...} items", "");
            return List.of();
        }
        List<YamlMap> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) {
                items.add(new YamlMap(file, m, problems));
            } else {
                problems.error(
                        at(file, item), "key", key, "has an item that is not a mapping", "{key: value, ...}", "");
            }
        }
        return items;
    }

    /**
     * The mappings under a key that holds either one mapping or a list of mappings; problems
     * recorded for anything else.
     */
    public List<YamlMap> oneOrMoreMaps(String key, Problems problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple != null && tuple.getValueNode() instanceof MappingNode m) {
            return List.of(new YamlMap(file, m, problems));
        }
        return listOfMaps(key, problems);
    }

    /** The scalar values of a list under a key (empty when absent); problems recorded for non-scalars. */
    public List<String> listOfScalars(String key, Problems problems) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return List.of();
        }
        if (tuple.getValueNode() instanceof ScalarNode single) {
            return List.of(single.getValue());
        }
        if (!(tuple.getValueNode() instanceof SequenceNode seq)) {
            problems.error(at(file, tuple.getValueNode()), "key", key, "is not a list", "[a, b, ...]", "");
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode scalar) {
                items.add(scalar.getValue());
            } else {
                problems.error(
                        at(file, item), "key", key, "has an item that is not a single value", "text or a number", "");
            }
        }
        return items;
    }

    /** Where this mapping starts. */
    public Location location() {
        return at(file, node);
    }

    /** Where the value of {@code key} starts (the mapping's start when absent). */
    public Location locationOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? location() : at(file, tuple.getValueNode());
    }

    /** Where {@code key} itself is written (the mapping's start when absent). */
    public Location locationOfKey(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? location() : at(file, tuple.getKeyNode());
    }

    private static Location at(String file, Node node) {
        Mark mark = node.getStartMark();
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
