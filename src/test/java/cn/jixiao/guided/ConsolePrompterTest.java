package cn.jixiao.guided;

import cn.jixiao.testsupport.ShellTestSupport;
import org.jline.terminal.Size;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.jline.tui.component.flow.ComponentFlow;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The guided build's questions on a terminal: the keys an officer presses go into a line-discipline terminal (Ctrl-C
 * raises SIGINT as on a real one) and what the screen shows is read back.
 */
class ConsolePrompterTest extends ShellTestSupport {
    @Autowired
    ObjectProvider<ComponentFlow.Builder> flows;

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private LineDisciplineTerminal terminal;
    private ConsolePrompter prompter;
    private ExecutorService officer;

    @BeforeEach
    void terminal() throws Exception {
        terminal = new LineDisciplineTerminal("test", "xterm-256color", screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        prompter = new ConsolePrompter(flows::getObject, () -> terminal, messages);
        officer = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void close() throws Exception {
        officer.shutdownNow();
        terminal.close();
    }

    private String shown() {
        return AttributedString.stripAnsi(screen.toString(StandardCharsets.UTF_8));
    }

    /** Waits until the screen shows {@code text} (the question is up and reading keys). */
    private void waitFor(String text) throws InterruptedException {
        while (!shown().contains(text)) {
            Thread.sleep(20);
        }
    }

    private void press(String keys) throws Exception {
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPercentDefaultIsShownWhole() throws Exception {
        Future<String> answer = officer.submit(() -> prompter.ask("预算执行率 的半年(程)指标值", "=50%"));
        waitFor("指标值");
        press("\r");
        assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo("=50%");
        assertThat(shown()).contains("? 预算执行率 的半年(程)指标值 [=50%]：");
    }

    @Test
    void ctrlCInAMenuLeavesAtOnceAndTheNextMenuWorks() throws Exception {
        List<String> options = List.of("接受，下一项", "添加自定义指标", "离开");
        Future<Integer> first = officer.submit(() -> prompter.choose("数量指标：接受这些指标，还是修改？", options, 0));
        waitFor("添加自定义指标");
        press("\u0003");
        // no further key: Ctrl-C alone ends the menu, as leaving
        assertThatThrownBy(() -> first.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(Prompter.Left.class);

        screen.reset();
        Future<Integer> second = officer.submit(() -> prompter.choose("质量指标：接受这些指标，还是修改？", options, 0));
        waitFor("质量指标");
        press("\u001bOB\r"); // ↓, Enter: 添加自定义指标, not "leave"
        assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
