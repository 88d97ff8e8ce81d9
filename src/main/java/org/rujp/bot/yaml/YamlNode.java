package org.rujp.bot.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rujp.bot.InvalidFileException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so that every validation error can say where it is.
 * Typed getters throw {@link InvalidFileException} naming file, line and what was expected.
 */
public final class YamlNode {
    private final Path file;
    private final Node node;
    private final String path;

    private YamlNode(Path file, Node node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
    }

    /** Reads a UTF-8 YAML file with one document. */
    public static YamlNode load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidFileException(file, 0, "is not valid UTF-8", e);
        } catch (IOException e) {
            throw new InvalidFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
        return parse(file, text);
    }

    /**
     * Reads a UTF-8 YAML resource of the class path ("lexicon/en.yaml"), named by its path in errors; its absence is a
     * broken build, not bad input.
     */
    public static YamlNode resource(String name) {
        try (InputStream in = YamlNode.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the class path lacks " + name);
            }
            return parse(Path.of(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static YamlNode parse(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(32 * 1024 * 1024);
        try (Reader reader = new java.io.StringReader(text)) {
            Node root = new Yaml(options).compose(reader);
            if (root == null) {
                throw new InvalidFileException(file, 0, "is empty");
            }
            return new YamlNode(file, root, "");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new InvalidFileException(file, line, "is not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new InvalidFileException(file, 0, "is not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidFileException(file, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** One-based line where this node starts. */
    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    /** Where in the document this node is, e.g. "facts[3].date". */
    public String path() {
        return path.isEmpty() ? "(document)" : path;
    }

    public InvalidFileException error(String reason) {
        return new InvalidFileException(file, line(), (path.isEmpty() ? "" : path + ": ") + reason);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public boolean isList() {
        return node instanceof SequenceNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** Entries of a mapping, in document order. */
    public Map<String, YamlNode> entries() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected a mapping of keys to values");
        }
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new YamlNode(file, tuple.getKeyNode(), path).error("keys must be plain words");
            }
            String childPath = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
            YamlNode earlier = entries.put(key.getValue(), new YamlNode(file, tuple.getValueNode(), childPath));
            if (earlier != null) {
                // The composer keeps both; a later value silently winning would hide a mistake.
                throw new YamlNode(file, key, path).error("duplicate key '" + key.getValue() + "' (first given on line "
                        + earlier.line() + ")");
            }
        }
        return entries;
    }

    /** Fails naming the first key not in {@code allowed} (catches typos such as "tgas"). */
    public YamlNode requireKeys(Set<String> allowed) {
        for (Map.Entry<String, YamlNode> e : entries().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw e.getValue().error("unknown key '" + e.getKey() + "'; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
        return this;
    }

    public Optional<YamlNode> get(String key) {
        YamlNode child = entries().get(key);
        if (child == null || child.isNull()) {
            return Optional.empty();
        }
        return Optional.of(child);
    }

    public YamlNode require(String key) {
        return get(key).orElseThrow(() -> error("missing required key '" + key + "'"));
    }

    public boolean isNull() {
        return node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    public List<YamlNode> items() {
        if (!(node instanceof SequenceNode seq)) {
            throw error("expected a list");
        }
        List<YamlNode> items = new ArrayList<>();
        List<Node> values = seq.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new YamlNode(file, values.get(i), path + "[" + i + "]"));
        }
        return items;
    }

    /** A scalar as text (numbers and dates come back as written). */
    public String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("expected a single value, not a " + (isList() ? "list" : "mapping"));
        }
        return scalar.getValue();
    }

    /** A non-blank scalar, stripped. */
    public String nonBlank() {
        String value = text().strip();
        if (value.isEmpty()) {
            throw error("must not be empty");
        }
        return value;
    }

    public String string(String key) {
        return require(key).nonBlank();
    }

    public Optional<String> optString(String key) {
        return get(key).map(YamlNode::text).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A list of non-blank strings; a single scalar is read as a one-element list. */
    public List<String> strings(String key) {
        Optional<YamlNode> child = get(key);
        if (child.isEmpty()) {
            return List.of();
        }
        if (child.get().isScalar()) {
            return List.of(child.get().nonBlank());
        }
        List<String> values = new ArrayList<>();
        for (YamlNode item : child.get().items()) {
            values.add(item.nonBlank());
        }
        return values;
    }

    public boolean bool(String key, boolean fallback) {
        Optional<YamlNode> child = get(key);
        if (child.isEmpty()) {
            return fallback;
        }
        String v = child.get().text().strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw child.get().error("expected true or false but got '" + v + "'");
        };
    }
}
