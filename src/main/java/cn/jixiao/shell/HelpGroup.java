package cn.jixiao.shell;

import org.springframework.shell.core.command.Command;

import java.util.Locale;

/**
 * The groups {@code help} lists the commands in, in this order. A command's group is named by the English words
 * of its {@code @Command(group = …)} ({@code "编辑 Editing"} → {@link #EDITING}); a group not listed here (Spring
 * Shell's built-ins, say) is {@link #OTHER}. The heading of each is the {@code help} bundle's {@code group.<id>}.
 */
public enum HelpGroup {
    DECLARATIONS("declarations"),
    EDITING("editing"),
    VALIDATION("validation"),
    TEMPLATES("templates"),
    IMPORT_EXPORT("import-export"),
    SELF_EVALUATION("self-evaluation"),
    MONITORING("monitoring"),
    TEAM("team"),
    OTHER("other");

    private final String id;

    HelpGroup(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The bundle key of the group's heading. */
    public String key() {
        return "group." + id;
    }

    /** The id an annotation's group names: its Latin words, lower case, joined by "-" ("Import/Export" → import-export). */
    public static String idOf(String annotationGroup) {
        if (annotationGroup == null) {
            return "";
        }
        return annotationGroup.replaceAll("[^A-Za-z]+", " ").strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    public static HelpGroup of(Command command) {
        String id = idOf(command.getGroup());
        for (HelpGroup g : values()) {
            if (g.id.equals(id)) {
                return g;
            }
        }
        return OTHER;
    }
}
