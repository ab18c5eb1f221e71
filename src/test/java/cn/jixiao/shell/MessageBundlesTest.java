package cn.jixiao.shell;

import cn.jixiao.store.StaleRevisionException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Chinese and English bundles have the same keys, and every key the code uses is in both. */
class MessageBundlesTest {
    private static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    /**
     * Message keys written as literals: domain/usage exceptions, super("…") in subclasses of DomainException,
     * m.get / messages.get.
     * Group 2 is what follows the literal: "+" when it is only the prefix of a computed key ("category." + id).
     */
    private static final Pattern DOMAIN_EXCEPTION_CLASS = Pattern.compile(
            "extends\\s+(?:DomainException|PathException|UsageException)\\b");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:new\\s+(?:DomainException|PathException|UsageException)|\\bsuper|\\b(?:m|messages)\\.get)"
                    + "\\(\\s*\"([^\"]+)\"\\s*([,)+])");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(String name) throws IOException {
        return new TreeSet<>(bundle(name).stringPropertyNames());
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = keys("messages_zh_CN.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(zh).isNotEmpty();
        assertThat(en).as("keys in messages_zh_CN.properties missing from messages_en.properties")
                .containsAll(zh);
        assertThat(zh).as("keys in messages_en.properties missing from messages_zh_CN.properties")
                .containsAll(en);
        // the base bundle (no locale) must not hold keys the localised ones lack
        assertThat(zh).containsAll(keys("messages.properties"));
    }

    @Test
    void placeholdersMatchBetweenLanguagesAndEnglishIsEnglish() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        Properties en = bundle("messages_en.properties");
        // {0} and {0,number,#} / {0,choice,…} alike: an English plural names the count the Chinese text shows
        Pattern placeholder = Pattern.compile("\\{(\\d+)[,}]");
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(placeholder, en.getProperty(key))).as(key)
                    .isEqualTo(placeholders(placeholder, zh.getProperty(key)));
            if (!key.startsWith("example.")) { // examples are command lines with Chinese data in both languages
                assertThat(en.getProperty(key)).as("English text of %s", key)
                        .doesNotContainPattern("[\\u4e00-\\u9fff]{3,}");
            }
            // every pattern must be valid for MessageFormat (after Messages' quote escaping)
            new MessageFormat(zh.getProperty(key).replace("'", "''"), Locale.SIMPLIFIED_CHINESE);
            new MessageFormat(en.getProperty(key).replace("'", "''"), Locale.ENGLISH);
        }
    }

    private static Set<String> placeholders(Pattern p, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyKeyUsedInTheCodeIsInBothBundles() throws IOException {
        assertThat(MAIN_SOURCES).as("run from the project directory").isDirectory();
        TreeMap<String, String> used = new TreeMap<>();
        TreeMap<String, String> prefixes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                boolean exceptionClass = DOMAIN_EXCEPTION_CLASS.matcher(source).find();
                Matcher m = KEY_USE.matcher(source);
                while (m.find()) {
                    if (m.group().startsWith("super") && !exceptionClass) {
                        continue; // super("quit", …) in a command class is not a message key
                    }
                    (m.group(2).equals("+") ? prefixes : used).putIfAbsent(m.group(1), MAIN_SOURCES.relativize(f).toString());
                }
            }
        }
        used.putIfAbsent(new StaleRevisionException(1, 1, 2).key(), "StaleRevisionException");
        // the grep must actually find the keys: a sample of ones known to be used
        assertThat(used).containsKeys("store.stale", "path.ambiguous", "option.unknown", "command.unknown",
                "view.title", "amount.bad");
        assertThat(used.size()).isGreaterThan(40);

        // a key may live in any of the registered bundles (messages, rules, templates, io)
        Set<String> zh = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        for (String b : Messages.BUNDLES) {
            zh.addAll(keys(b + "_zh_CN.properties"));
            en.addAll(keys(b + "_en.properties"));
        }
        for (var e : used.entrySet()) {
            assertThat(zh).as("key %s used in %s, in messages_zh_CN.properties", e.getKey(), e.getValue())
                    .contains(e.getKey());
            assertThat(en).as("key %s used in %s, in messages_en.properties", e.getKey(), e.getValue())
                    .contains(e.getKey());
        }
        // computed keys ("category." + id): at least their prefix must be in use in both bundles
        for (var e : prefixes.entrySet()) {
            assertThat(zh).as("keys %s… used in %s, in messages_zh_CN.properties", e.getKey(), e.getValue())
                    .anyMatch(k -> k.startsWith(e.getKey()));
            assertThat(en).as("keys %s… used in %s, in messages_en.properties", e.getKey(), e.getValue())
                    .anyMatch(k -> k.startsWith(e.getKey()));
        }
    }

    /** Keys built at run time ({@code "label.header." + id}) escape the source scan above: every header field has its label. */
    @Test
    void everyHeaderFieldHasItsLabelInBothLanguages() throws IOException {
        Set<String> zh = keys("messages_zh_CN.properties");
        Set<String> en = keys("messages_en.properties");
        for (cn.jixiao.declaration.model.HeaderField f : cn.jixiao.declaration.model.HeaderField.values()) {
            assertThat(zh).as("zh label of %s", f.id()).contains("label.header." + f.id());
            assertThat(en).as("en label of %s", f.id()).contains("label.header." + f.id());
        }
    }

    @Test
    void englishCountsTakeTheSingularForOneAndThePluralOtherwiseWithoutGrouping() {
        Messages en = new Messages(Messages.localeFor("en"));
        assertThat(en.get("io.summary", 1, 0)).isEqualTo("Imported 1 declaration, 0 could not be read");
        assertThat(en.get("io.summary", 12345, 2)).isEqualTo("Imported 12345 declarations, 2 could not be read");
        assertThat(en.get("io.summary", 0, 1)).isEqualTo("Imported 0 declarations, 1 could not be read");
        assertThat(en.get("io.line-findings", 1, 2)).isEqualTo("; validation: 1 error, 2 warnings");
        assertThat(en.get("validate.summary", 2L, 1L, 0L)).isEqualTo("2 errors, 1 warning, 0 info");
        assertThat(en.get("io.line", 1234L, "x", 2026, en.get("io.total", "58.10"), 1))
                .isEqualTo("#1234 x (2026) total funds 58.10 (10k yuan), 1 indicator");
        assertThat(en.get("io.line-dry", 0L, "x", 2023, en.get("io.total-blank"), 41))
                .isEqualTo("(not stored) x (2023) total funds not given, 41 indicators");
        assertThat(en.get("eval.unscored", 1L)).startsWith("1 row has no score yet");
        assertThat(en.get("eval.unscored", 3L)).startsWith("3 rows have no score yet");
        assertThat(en.get("eval.unlisted", 1)).startsWith("1 more indicator weighted 0 is not listed");
        // a count that reaches the message as text is still a count
        assertThat(en.get("io.summary-errors", "1", "f.md")).startsWith("1 declaration has validation errors");
        // Chinese has no plural: the same calls, the Chinese texts as they were
        Messages zh = new Messages(Messages.localeFor("zh"));
        assertThat(zh.get("io.line-findings", 1, 12345)).contains("1").contains("12345").doesNotContain("12,345");
    }

    @Test
    void everyEnglishPluralFormatsForNoneOneAndMany() throws IOException {
        Pattern choice = Pattern.compile("\\{(\\d+),choice,");
        Pattern any = Pattern.compile("\\{(\\d+)[,}]");
        Messages en = new Messages(Messages.localeFor("en"));
        int plurals = 0;
        for (String b : Messages.BUNDLES) {
            Properties p = bundle(b + "_en.properties");
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (!text.contains(",choice,")) {
                    continue;
                }
                plurals++;
                Set<String> counts = placeholders(choice, text);
                int args = placeholders(any, text).stream().mapToInt(Integer::parseInt).max().orElse(0) + 1;
                for (long n : new long[] {0, 1, 2, 12345}) {
                    Object[] a = new Object[args];
                    for (int i = 0; i < args; i++) {
                        a[i] = counts.contains(String.valueOf(i)) ? (Object) n : "x" + i;
                    }
                    String out = en.get(key, a);
                    assertThat(out).as("%s with %d", key, n).doesNotContain("{").doesNotContain("12,345");
                    if (n == 1) {
                        assertThat(out).as("%s with 1", key).doesNotContainPattern("\\b1 \\w+s\\b(?! \\()");
                    }
                }
            }
        }
        assertThat(plurals).as("English texts with a plural").isGreaterThan(20);
    }

    @Test
    void theMessagesBeanPicksTheLanguage() {
        assertThat(new Messages(Messages.localeFor("en")).get("command.unknown", "foo"))
                .isEqualTo("Unknown command: foo (type help for all commands)");
        assertThat(new Messages(Messages.localeFor(null)).get("command.unknown", "foo"))
                .isEqualTo("未知命令：foo（输入 help 查看全部命令）");
        assertThat(new Messages(Messages.localeFor("zh_CN")).get("view.title", 12345, "x", 2026, 1))
                .isEqualTo("#12345 x（2026年度，第 1 版）");
    }
}
