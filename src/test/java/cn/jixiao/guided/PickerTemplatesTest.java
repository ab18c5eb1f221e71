package cn.jixiao.guided;

import cn.jixiao.shell.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stringtemplate.v4.STErrorListener;
import org.stringtemplate.v4.STGroupFile;
import org.stringtemplate.v4.misc.STMessage;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console pickers' renderers (Spring Shell component templates in Chinese and English): each language's template
 * exists and compiles with a {@code main}; a broken one fails only when the guided build reaches its picker.
 */
class PickerTemplatesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"zh, guided.template.single", "zh, guided.template.multi", "zh, guided.template.confirm",
        "en, guided.template.single", "en, guided.template.multi", "en, guided.template.confirm"})
    void everyPickerTemplateCompiles(String lang, String key) {
        String location = new Messages(Messages.localeFor(lang)).get(key);
        assertThat(location).startsWith("classpath:jixiao/shell/").endsWith("-" + lang + ".stg");
        URL url = getClass().getClassLoader().getResource(location.substring("classpath:".length()));
        assertThat(url).as(location).isNotNull();

        List<String> errors = new ArrayList<>();
        STGroupFile group = new STGroupFile(url, "UTF-8", '<', '>');
        group.setListener(new STErrorListener() {
            public void compileTimeError(STMessage m) { errors.add(m.toString()); }
            public void runTimeError(STMessage m) { errors.add(m.toString()); }
            public void IOError(STMessage m) { errors.add(m.toString()); }
            public void internalError(STMessage m) { errors.add(m.toString()); }
        });
        assertThat(group.getInstanceOf("main")).as(location).isNotNull();
        assertThat(errors).as(location).isEmpty();
    }
}
