package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.declaration.model.TemplateRef;
import cn.jixiao.indicator.model.Framework;
import cn.jixiao.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The template versions a declaration was built from survive JSON, and are absent when there are none. */
class DeclarationJsonTemplatesTest {
    @Test
    void templatesAreWrittenAndReadBackIdentically() {
        Declaration d = Declaration.create("医保租赁业务专项", 2026, "南通市医疗保障局", Framework.JIANGSU)
                .withTemplate(new TemplateRef("leasing", 3)).withTemplate(new TemplateRef("common", 1))
                .withTemplate(new TemplateRef("leasing", 4));
        assertThat(d.templates()).containsExactly(new TemplateRef("common", 1), new TemplateRef("leasing", 4));
        String json = Json.compact(DeclarationJson.toJson(d));
        assertThat(json).contains("\"templates\":[{\"id\":\"common\",\"version\":1},{\"id\":\"leasing\",\"version\":4}]");
        assertThat(DeclarationJson.fromJson(Json.read(json), "test")).isEqualTo(d);
    }

    @Test
    void noTemplatesNoKey() {
        Declaration d = Declaration.create("x", 2026, "", Framework.JIANGSU);
        assertThat(Json.compact(DeclarationJson.toJson(d))).doesNotContain("templates");
        assertThat(DeclarationJson.fromJson(DeclarationJson.toJson(d), "test").templates()).isEqualTo(List.of());
    }
}
