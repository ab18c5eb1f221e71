package cn.jixiao.validation;

import cn.jixiao.shell.UsageException;
import cn.jixiao.validation.model.Severity;
import cn.jixiao.validation.rules.RuleCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Per-rule severities, ESLint-style: {@code jixiao.rules.<rule-id>=off|info|warning|error} in
 * {@code ~/.jixiao/jixiao.properties} (the data directory). A key naming no rule, or a value that is no
 * severity, is an error that names the file and the key.
 */
@Component
public class RuleSettings {
    static final String PREFIX = "jixiao.rules.";

    private final Path file;

    public RuleSettings(@Value("${jixiao.home}") String home) {
        this.file = Path.of(home).resolve("jixiao.properties");
    }

    public Path file() {
        return file;
    }

    public Map<String, Severity> overrides() {
        Map<String, Severity> out = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("settings.unreadable", file, e instanceof IOException io
                    ? cn.jixiao.model.IoReason.of(io) : new cn.jixiao.model.MessageRef("io.why.bad-properties"));
        }
        for (String key : p.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            String id = key.substring(PREFIX.length());
            if (RuleCatalog.find(id).isEmpty()) {
                throw new UsageException("settings.unknown-rule", file, key);
            }
            String value = p.getProperty(key);
            out.put(id, Severity.parse(value)
                    .orElseThrow(() -> new UsageException("settings.bad-severity", file, key, value)));
        }
        return out;
    }
}
