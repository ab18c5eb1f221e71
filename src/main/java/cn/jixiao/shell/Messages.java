package cn.jixiao.shell;

import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-facing text: Chinese by default, English when {@code JIXIAO_LANG=en} (property {@code jixiao.lang}).
 * Bundles (UTF-8, {@code _zh_CN} and {@code _en}, listed in {@link #BUNDLES}): {@code messages} for the shell,
 * {@code rules} for validation rules (title, findings, explanation of each), {@code templates}, {@code io} and
 * {@code eval} for those features, {@code help} for the commands' help texts (see {@link HelpTexts}).
 */
@Component
public class Messages {
    /** The bundle base names, searched in order. */
    public static final List<String> BUNDLES = List.of("messages", "rules", "templates", "io", "eval", "monitor", "server",
            "help");

    private final List<ResourceBundle> bundles;
    private final Locale locale;

    @org.springframework.beans.factory.annotation.Autowired
    public Messages(org.springframework.core.env.Environment env) {
        this(localeFor(env.getProperty("jixiao.lang", env.getProperty("JIXIAO_LANG", "zh"))));
    }

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))).toList();
    }

    public static Locale localeFor(String lang) {
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    /** A field's value as shown in confirmations: stripped, or the "blank" word when there is nothing. */
    public String shown(String value) {
        return value == null || value.isBlank() ? get("view.blank") : value.strip();
    }

    public boolean has(String key) {
        return bundles.stream().anyMatch(b -> b.containsKey(key));
    }

    /** The text for {@code key} with {@code args} filled in; numbers are printed plainly (no grouping). */
    public String get(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                pattern = b.getString(key);
                break;
            }
        }
        if (pattern == null) {
            return key + (args.length == 0 ? "" : " " + java.util.Arrays.toString(args));
        }
        if (args.length == 0) {
            return pattern;
        }
        java.util.BitSet counts = counts(pattern);
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            plain[i] = a instanceof cn.jixiao.model.MessageRef ref ? get(ref.key(), ref.args())
                    : a instanceof java.math.BigDecimal b ? b.toPlainString()
                    : counts.get(i) && (a instanceof Integer || a instanceof Long) ? a
                    : counts.get(i) && a instanceof String t && t.matches("\\d{1,18}") ? Long.valueOf(t)
                    : a instanceof Number || a == null ? String.valueOf(a) : a;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(plain);
    }

    private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern.compile("\\{(\\d+),choice,");

    /**
     * The arguments a pattern chooses its words by ({@code {0,number,#} error{0,choice,0#s|1#|1<s}}, English
     * plurals): those get whole numbers as numbers, shown with {@code {0,number,#}} (no grouping). Every other
     * number is passed as its plain text.
     */
    private static java.util.BitSet counts(String pattern) {
        java.util.BitSet counts = new java.util.BitSet();
        if (pattern.contains(",choice,")) {
            java.util.regex.Matcher m = CHOICE.matcher(pattern);
            while (m.find()) {
                counts.set(Integer.parseInt(m.group(1)));
            }
        }
        return counts;
    }
}
