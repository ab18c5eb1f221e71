package cn.jixiao.testsupport;

import cn.jixiao.declaration.DeclarationRepository;
import cn.jixiao.model.DomainException;
import cn.jixiao.shell.Messages;
import org.jline.utils.WCWidth;
import org.junit.jupiter.api.Assertions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the shell tests: one Spring context (same properties, same dynamic property method, so the test context
 * cache shares it between classes) on a database of its own under target/, driven through Spring Shell's test
 * client, which parses with jixiao's {@link CommandLineParser} bean. Tests must not assume ids or a particular open
 * declaration: they create what they use.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "jixiao.lang=zh"})
@ShellTest
public abstract class ShellTestSupport {
    /** The data directory of this test JVM's shell context (under target/, so `mvn clean` removes it). */
    protected static final Path HOME = createHome();

    /** Reads JSON as scripts would, keeping decimals exact (30.00 stays 30.00) and refusing trailing content. */
    protected static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Pattern ID = Pattern.compile("#(\\d+)");

    @Autowired
    protected ShellTestClient client;

    @Autowired
    protected Messages messages;

    @Autowired
    protected DeclarationRepository repository;

    private static Path createHome() {
        return createHome("home-");
    }

    /** A new data directory under target/shell-tests, named {@code prefix…}: one per shell test context. */
    public static Path createHome(String prefix) {
        try {
            Path target = Files.createDirectories(Path.of("target", "shell-tests"));
            return Files.createTempDirectory(target.toAbsolutePath(), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    protected static void store(DynamicPropertyRegistry registry) {
        storeIn(registry, HOME);
    }

    /** Points a shell test context at {@code home}: its data directory and the database file in it. */
    public static void storeIn(DynamicPropertyRegistry registry, Path home) {
        registry.add("jixiao.home", home::toString);
        registry.add("jixiao.db", () -> home.resolve("db").resolve("jixiao").toString());
    }

    /** Runs a command line and returns its output lines. */
    protected List<String> run(String line) throws Exception {
        return client.sendCommand(line).lines();
    }

    /** Runs a command that prints exactly one line and returns it. */
    protected String one(String line) throws Exception {
        List<String> lines = run(line);
        assertThat(lines).as("output of %s", line).hasSize(1);
        return lines.get(0);
    }

    protected String joined(String line) throws Exception {
        return String.join("\n", run(line));
    }

    /** Runs a command that must fail and returns the domain error in the failure's cause chain. */
    protected DomainException failure(String line) {
        try {
            List<String> out = client.sendCommand(line).lines();
            return Assertions.fail("expected `" + line + "` to fail, it printed " + out);
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DomainException d) {
                    return d;
                }
            }
            throw new AssertionError("`" + line + "` failed without a DomainException", e);
        }
    }

    /** The text a user sees for a failure. */
    protected String message(DomainException e) {
        return messages.get(e.key(), e.args());
    }

    /** Creates a declaration through the shell and returns its id. */
    protected long create(String name, int year, String department) throws Exception {
        String out = one("new --name '" + name + "' --year " + year + " --department '" + department + "'");
        return idIn(out);
    }

    protected static long idIn(String line) {
        Matcher m = ID.matcher(line);
        assertThat(m.find()).as("an id in %s", line).isTrue();
        return Long.parseLong(m.group(1));
    }

    protected JsonNode json(String line) throws Exception {
        return JSON.readTree(joined(line));
    }

    protected JsonNode listed(long id) throws Exception {
        for (JsonNode n : json("list --json")) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        return null;
    }

    /** Terminal columns taken by {@code s}: CJK two, combining zero (JLine's wcwidth). */
    protected static int columns(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }
}
