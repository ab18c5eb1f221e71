package cn.jixiao.validation;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.io.form.FormFiles;
import cn.jixiao.io.form.FormFormat;
import cn.jixiao.io.form.ImportedForm;
import cn.jixiao.shell.Messages;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Validator;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code validate --file}: reads a file's forms as {@code import} would, stores nothing, and validates each. What
 * the reader noticed (rows it could not place …) comes first among the findings, under rule {@code import}.
 */
@Component
public class FileValidation {
    private final Messages m;

    public FileValidation(Messages messages) {
        this.m = messages;
    }

    public List<ValidationView.Result> validate(String file, Validator validator) {
        Path path = Path.of(file);
        List<ValidationView.Result> results = new ArrayList<>();
        for (ImportedForm f : FormFiles.readAll(path, FormFormat.detect(path))) {
            if (!f.isOk()) {
                throw f.error().orElseThrow();
            }
            Declaration d = f.declaration();
            List<Finding> findings = new ArrayList<>(f.findings());
            findings.addAll(validator.validate(d));
            results.add(new ValidationView.Result(Optional.empty(), d.name(), f.counted()
                    ? m.get("io.file-cells", d.name(), d.header().year(), f.location(), f.placed(), f.reported().size())
                    : m.get("io.file-title", d.name(), d.header().year(), f.location()), d, findings, Optional.of(f)));
        }
        return results;
    }
}
