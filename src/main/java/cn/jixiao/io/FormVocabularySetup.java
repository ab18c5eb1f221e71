package cn.jixiao.io;

import cn.jixiao.io.form.FormVocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells the form readers which templates directory may add to the bundled form vocabulary: {@code jixiao.templates}
 * (env JIXIAO_TEMPLATES), else the repository's {@code templates/} when {@code ./jixiao} runs — the same directory
 * the template catalogue reads. Nothing is read here; the vocabulary is loaded on first use. Not lazy (the
 * application initialises beans lazily): the readers are static and never ask for this bean, so it must exist before
 * any command reads a form.
 */
@Component
@Lazy(false)
public class FormVocabularySetup {
    public FormVocabularySetup(@Value("${jixiao.templates:}") String directory, @Value("${jixiao.repo:}") String repo) {
        String d = !directory.isBlank() ? directory : repo.isBlank() ? "" : Path.of(repo, "templates").toString();
        FormVocabulary.configure(d.isBlank() ? Optional.empty() : Optional.of(Path.of(d)));
    }
}
