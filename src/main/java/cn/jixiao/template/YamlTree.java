package cn.jixiao.template;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a small tree that keeps the line of every key and value (Jackson's token locations),
 * so that lint errors can name the line. Duplicate keys are reported rather than silently overwritten.
 */
final class YamlTree {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    sealed interface Node permits MapNode, ListNode, Scalar {
        int line();
    }

    /** A key with the line it is on and its value. */
    record Entry(String key, int line, Node value) {
    }

    record MapNode(int line, Map<String, Entry> entries) implements Node {
    }

    record ListNode(int line, List<Node> items) implements Node {
    }

    /** A scalar's text ("" for null); {@code text} is false for numbers and booleans. */
    record Scalar(int line, String value, boolean text) implements Node {
    }

    /** A duplicate key found while reading. */
    record Duplicate(String key, int line) {
    }

    /** The document, or the syntax error with its line. */
    record Result(Node root, List<Duplicate> duplicates, String error, int errorLine) {
        boolean ok() {
            return root != null;
        }
    }

    private YamlTree() {
    }

    static Result read(String text) {
        List<Duplicate> duplicates = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Result(new MapNode(1, Map.of()), duplicates, "", 0);
            }
            Node root = node(p, duplicates);
            return new Result(root, duplicates, "", 0);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String message = e.getOriginalMessage();
            int nl = message == null ? -1 : message.indexOf('\n');
            return new Result(null, duplicates, nl > 0 ? message.substring(0, nl) : String.valueOf(message),
                    loc == null ? 0 : Math.max(loc.getLineNr(), 0));
        }
    }

    private static int line(JsonParser p) {
        return Math.max(p.currentTokenLocation().getLineNr(), 1);
    }

    private static Node node(JsonParser p, List<Duplicate> duplicates) {
        JsonToken t = p.currentToken();
        int line = line(p);
        if (t == JsonToken.START_OBJECT) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                int keyLine = line(p);
                p.nextToken();
                Node value = node(p, duplicates);
                if (entries.containsKey(key)) {
                    duplicates.add(new Duplicate(key, keyLine));
                } else {
                    entries.put(key, new Entry(key, keyLine, value));
                }
            }
            return new MapNode(line, entries);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, duplicates));
            }
            return new ListNode(line, items);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new Scalar(line, "", true);
        }
        return new Scalar(line, p.getString(), t == JsonToken.VALUE_STRING);
    }
}
