package cn.jixiao.guided;

import cn.jixiao.declaration.DeclarationJson;
import cn.jixiao.json.Json;
import cn.jixiao.store.SettingRepository;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * Keeps the one unfinished guided build of this database in the {@code setting} table, as JSON split into parts of
 * at most {@value #PART} characters ({@code setting_value} is a varchar(1000)): {@code draft} holds the number of
 * parts, {@code draft.0}, {@code draft.1} … the text.
 */
@Component
public class DraftStore {
    static final String KEY = "draft";
    static final int PART = 900;

    private final SettingRepository settings;

    public DraftStore(SettingRepository settings) {
        this.settings = settings;
    }

    public void save(Draft draft) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("step", draft.step().name());
        root.put("level2", draft.level2());
        root.set("declaration", DeclarationJson.toJson(draft.declaration()));
        String text = Json.compact(root);
        int parts = (text.length() + PART - 1) / PART;
        clear();
        for (int i = 0; i < parts; i++) {
            settings.put(KEY + "." + i, text.substring(i * PART, Math.min(text.length(), (i + 1) * PART)));
        }
        settings.put(KEY, String.valueOf(parts));
    }

    public Optional<Draft> load() {
        Optional<String> count = settings.get(KEY).filter(v -> v.matches("\\d+"));
        if (count.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Integer.parseInt(count.get()); i++) {
            sb.append(settings.get(KEY + "." + i).orElse(""));
        }
        try {
            JsonNode root = Json.read(sb.toString());
            return Optional.of(new Draft(DeclarationJson.fromJson(root.path("declaration"), "draft"),
                    Draft.Step.valueOf(root.path("step").asString("FRAMEWORK")), root.path("level2").asInt(0)));
        } catch (RuntimeException e) {
            return Optional.empty(); // an unreadable draft is as good as none
        }
    }

    public void clear() {
        Optional<String> count = settings.get(KEY).filter(v -> v.matches("\\d+"));
        settings.remove(KEY);
        int n = count.map(Integer::parseInt).orElse(0);
        for (int i = 0; i < Math.max(n, 1) + 1; i++) {
            settings.remove(KEY + "." + i);
        }
        for (int i = n + 1; settings.get(KEY + "." + i).isPresent(); i++) {
            settings.remove(KEY + "." + i);
        }
    }
}
