package cn.jixiao.template;

import cn.jixiao.indicator.model.Framework;
import cn.jixiao.template.model.Template;
import cn.jixiao.template.model.TemplateIndicator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import java.util.List;
import java.util.Locale;

/** Writes a template as the YAML that {@link TemplateReader} reads back (readable: no quotes unless needed). */
public final class TemplateWriter {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .build();

    private TemplateWriter() {
    }

    public static String write(Template t) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("id", t.id());
        root.put("kind", t.kind().id());
        root.put("title", t.title());
        if (!t.description().isEmpty()) {
            root.put("description", t.description());
        }
        if (!t.isFramework()) {
            root.put("framework", t.framework());
        }
        if (!t.includes().isEmpty()) {
            ArrayNode inc = root.putArray("includes");
            t.includes().forEach(inc::add);
        }
        if (t.isFramework()) {
            ArrayNode levels = root.putArray("levels");
            for (Framework.Section s : t.levels()) {
                ObjectNode l = levels.addObject();
                l.put("name", s.name());
                ArrayNode c = l.putArray("children");
                s.level2().forEach(c::add);
            }
        }
        if (!t.indicators().isEmpty()) {
            ArrayNode list = root.putArray("indicators");
            for (TemplateIndicator i : t.indicators()) {
                ObjectNode n = list.addObject();
                n.put("path", i.path());
                if (!i.half().isEmpty()) {
                    n.put("half", i.half());
                }
                if (!i.full().isEmpty()) {
                    n.put("full", i.full());
                }
                if (!i.unit().isEmpty()) {
                    n.put("unit", i.unit());
                }
                n.put("kind", i.kind().name().toLowerCase(Locale.ROOT));
                i.weight().ifPresent(w -> n.put("weight", w));
                if (!i.explanation().isEmpty()) {
                    n.put("explanation", i.explanation());
                }
                array(n, "keywords", i.keywords());
                array(n, "aliases", i.aliases());
            }
        }
        return YAML.writeValueAsString(root);
    }

    private static void array(ObjectNode n, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(key);
            values.forEach(a::add);
        }
    }
}
