package cn.jixiao.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** jixiao's own version, written into {@code jixiao-version.properties} by the Maven build. */
public final class JixiaoVersion {
    private JixiaoVersion() {
    }

    public static String get() {
        try (InputStream in = JixiaoVersion.class.getResourceAsStream("/jixiao-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
