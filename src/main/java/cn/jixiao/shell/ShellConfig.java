package cn.jixiao.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;

/** Replaces Spring Shell's parser with jixiao's (quotes, multi-word commands, unknown options rejected). */
@Configuration(proxyBeanMethods = false)
public class ShellConfig {
    @Bean
    public CommandLineParser commandParser(CommandRegistry registry) {
        return new CommandLineParser(registry);
    }
}
