package cn.jixiao.shell;

import cn.jixiao.testsupport.ShellTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code clear} reaches the terminal as the clear-screen sequence it is (found in the console at 80×24: it printed
 * ESC [H ESC [2J as text); every other command's control characters stay escaped ({@code SafeWriter}).
 */
class ClearScreenTest extends ShellTestSupport {
    @Autowired
    CommandRunner runner;

    private String output(String line) {
        StringWriter out = new StringWriter();
        int code = runner.run(line, new PrintWriter(out), new PrintWriter(new StringWriter()), null);
        assertThat(code).as("exit code of %s", line).isZero();
        return out.toString();
    }

    @Test
    void clearWritesTheEscapeSequenceItself() {
        assertThat(output("clear")).contains("\u001B[").doesNotContain("\\u001B");
    }
}
