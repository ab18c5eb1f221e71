package cn.jixiao;

import cn.jixiao.server.ResidentServer;
import cn.jixiao.shell.JixiaoRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.shell.core.autoconfigure.SpringShellAutoConfiguration;

import java.util.HashMap;
import java.util.Map;

/**
 * jixiao: {@code jixiao} alone opens the console; {@code jixiao <command…>} runs one command and exits with
 * 0 (success), 1 (the command found errors), 2 (bad usage or input) or 3 (unexpected failure).
 */
@SpringBootApplication
// Start-up is part of every one-shot command, so only what jixiao uses is configured (see application.properties:
// spring.boot.enableautoconfiguration=false); jixiao's own configuration builds the data source.
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, SpringShellAutoConfiguration.class})
public class JixiaoApplication {
    public static void main(String[] args) {
        String socket = System.getProperty("jixiao.resident");
        if (socket != null) {
            // the resident jixiao (launcher): serve one-shot commands, each in a context of its own with the
            // caller's environment instead of this JVM's
            ResidentServer.serve(java.nio.file.Path.of(socket),
                    (words, env) -> run(words.toArray(String[]::new), env));
            return;
        }
        System.exit(run(args, System.getenv()));
    }

    /** Runs one command (or the console, without arguments) and returns its exit code. */
    private static int run(String[] args, Map<String, String> env) {
        long mainStarted = System.nanoTime();
        boolean oneShot = args.length > 0;
        if (!Boolean.getBoolean("spring.aot.processing") && !dataDirectoryReady()) {
            System.exit(2);
        }
        SpringApplication app = new SpringApplication(JixiaoApplication.class);
        // Options like --json belong to jixiao's commands, not to Spring's environment.
        app.setAddCommandLineProperties(false);
        Map<String, Object> defaults = new HashMap<>();
        if (oneShot) {
            // One command: no terminal, nothing created that the command does not use.
            defaults.put("spring.shell.interactive.enabled", "false");
            defaults.put("spring.main.lazy-initialization", "true");
            defaults.put("jixiao.one-shot.command", cn.jixiao.shell.JixiaoRunner.conventional(java.util.List.of(args)).get(0));
        }
        app.setDefaultProperties(defaults);
        if (env != System.getenv()) {
            app.setEnvironment(new CallerEnvironment(env));
            app.setMainApplicationClass(JixiaoApplication.class); // not on this thread's stack
        }
        boolean timing = "timing".equals(env.get("JIXIAO_DEBUG"));
        org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup startup = null;
        if (timing) {
            startup = new org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup(10000);
            app.setApplicationStartup(startup);
        }
        int code;
        long commandStarted = 0;
        long commandEnded = 0;
        try (ConfigurableApplicationContext ctx = app.run(args)) {
            code = ctx.getBean(JixiaoRunner.class).exitCode();
            commandStarted = ctx.getBean(JixiaoRunner.class).commandStarted();
            commandEnded = System.nanoTime();
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's AOT processing stops the application on purpose
        } catch (RuntimeException e) {
            System.err.println("jixiao: " + rootMessage(e));
            if ("1".equals(env.get("JIXIAO_DEBUG"))) {
                e.printStackTrace();
            }
            code = 3;
        }
        if (timing) {
            StartupTiming.print(mainStarted, commandStarted, commandEnded, startup);
        }
        return code;
    }

    /** The environment of a command the resident jixiao runs: the caller's variables in place of this JVM's. */
    private static final class CallerEnvironment extends StandardEnvironment {
        private final Map<String, Object> variables;

        CallerEnvironment(Map<String, String> variables) {
            super(new MutablePropertySources());
            this.variables = new HashMap<>(variables);
            getPropertySources().addLast(new PropertiesPropertySource(SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
                    System.getProperties()));
            getPropertySources().addLast(new SystemEnvironmentPropertySource(SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    this.variables));
        }

        @Override
        protected void customizePropertySources(MutablePropertySources propertySources) {
            // filled in the constructor, from the caller's variables
        }
    }

    /**
     * The data directory ({@code jixiao.home}, env {@code JIXIAO_HOME}, default {@code ~/.jixiao}) is made private
     * (700, files 600) before the log file or anything else in it is opened; one that cannot be used is reported in
     * one line.
     */
    private static boolean dataDirectoryReady() {
        String home = System.getProperty("jixiao.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("JIXIAO_HOME");
        }
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home") + "/.jixiao";
        }
        try {
            cn.jixiao.store.DataDirectory.prepare(java.nio.file.Path.of(home));
            return true;
        } catch (cn.jixiao.model.DomainException e) {
            String lang = System.getProperty("jixiao.lang", System.getenv("JIXIAO_LANG"));
            cn.jixiao.shell.Messages m = new cn.jixiao.shell.Messages(cn.jixiao.shell.Messages.localeFor(lang));
            System.err.println(m.get(e.key(), e.args()));
            return false;
        } catch (java.nio.file.InvalidPathException e) {
            System.err.println("jixiao: JIXIAO_HOME: " + e.getMessage());
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
