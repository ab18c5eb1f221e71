package cn.jixiao.template;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The templates bundles: same keys and placeholders in Chinese, English and the base (a copy of Chinese). */
class TemplateBundleTest {
    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TemplateBundleTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[,}]").matcher(text); // {0} and {0,number,#} / {0,choice,…} alike
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void chineseEnglishAndBaseAgree() throws IOException {
        Properties zh = bundle("templates_zh_CN.properties");
        Properties en = bundle("templates_en.properties");
        assertThat(bundle("templates.properties")).isEqualTo(zh);
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
        }
    }
}
