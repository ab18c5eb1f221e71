package cn.jixiao.shell;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.shell.core.command.AbstractCommand;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.annotation.support.CommandFactoryBean;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * jixiao's Spring Shell set-up: its own parser (quotes, multi-word commands, unknown options rejected) and its
 * own command registry. Spring Shell's registry rescans the class path for {@code @Command} methods and
 * initialises a Hibernate Validator on every start; this one registers the {@code @Command} methods of the
 * beans already in the context, with no Bean Validation (commands check their input themselves).
 */
@Configuration(proxyBeanMethods = false)
public class ShellConfig {
    @Bean
    public CommandLineParser commandParser(CommandRegistry registry, CommandMethods methods) {
        return new CommandLineParser(registry, positionalArguments(methods.byMethod()));
    }

    /** The {@code @Command} methods of the context's jixiao beans, each with the name of its command. */
    public record CommandMethods(Map<Method, String> byMethod) {
    }

    @Bean
    public CommandMethods commandMethods(ApplicationContext context) {
        return new CommandMethods(commandMethodsOf(context));
    }

    /**
     * How many positional arguments each command takes ({@code @Argument} parameters), by command name; a command
     * with {@code @Arguments} (any number of words) is not in the map.
     */
    static Map<String, Integer> positionalArguments(Map<Method, String> methods) {
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<Method, String> e : methods.entrySet()) {
            int count = 0;
            boolean any = false;
            for (java.lang.reflect.Parameter p : e.getKey().getParameters()) {
                org.springframework.shell.core.command.annotation.Argument a =
                        p.getAnnotation(org.springframework.shell.core.command.annotation.Argument.class);
                if (a != null) {
                    count = Math.max(count, a.index() + 1);
                }
                any |= p.isAnnotationPresent(org.springframework.shell.core.command.annotation.Arguments.class);
            }
            if (!any) {
                out.put(e.getValue(), count);
            }
        }
        return out;
    }

    private static Map<Method, String> commandMethodsOf(ApplicationContext context) {
        Map<Method, String> out = new java.util.LinkedHashMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("cn.jixiao.")) {
                continue;
            }
            Set<Method> methods = MethodIntrospector.selectMethods(type, (Method m) ->
                    AnnotatedElementUtils.hasAnnotation(m, org.springframework.shell.core.command.annotation.Command.class));
            for (Method method : methods) {
                out.put(method, String.join(" ", AnnotatedElementUtils.getMergedAnnotation(method,
                        org.springframework.shell.core.command.annotation.Command.class).name()));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    @Bean
    public jakarta.validation.Validator commandParameterValidator() {
        return new NoBeanValidation();
    }

    @Bean
    public CommandRegistry commandRegistry(ApplicationContext context, CommandMethods methods,
                                           @org.springframework.beans.factory.annotation.Value(
                                                   "${jixiao.one-shot.command:}") String oneShot) {
        // A one-shot command needs only the commands of its first word: the others' beans (and the services
        // behind them) are not created. help and script need every command; help is always there, for
        // "<command> --help".
        java.util.function.Predicate<String> wanted = oneShot.isEmpty() || oneShot.equals("help")
                || oneShot.equals("script") ? n -> true
                : n -> n.equals("help") || n.equals(oneShot) || n.startsWith(oneShot + " ");
        CommandRegistry registry = new CommandRegistry();
        for (String name : context.getBeanNamesForType(Command.class)) {
            if (!name.endsWith("Command") || wanted.test(name.substring(0, name.length() - "Command".length()))) {
                registry.registerCommand(context.getBean(name, Command.class));
            }
        }
        for (Map.Entry<Method, String> e : methods.byMethod().entrySet()) {
            if (!wanted.test(e.getValue())) {
                continue;
            }
            CommandFactoryBean factory = new CommandFactoryBean(e.getKey());
            factory.setApplicationContext(context);
            registry.registerCommand(factory.getObject());
        }
        registry.registerCommand(new Quit());
        return registry;
    }

    /** Listed by help and completed by TAB; the console loop itself ends on quit/exit. */
    static final class Quit extends AbstractCommand {
        Quit() {
            super("quit", "退出控制台（也可用 exit 或 Ctrl-D）", "其他 Other");
            setAliases(java.util.List.of("exit"));
        }

        @Override
        public ExitStatus doExecute(CommandContext ctx) {
            return ExitStatus.OK;
        }
    }
}
