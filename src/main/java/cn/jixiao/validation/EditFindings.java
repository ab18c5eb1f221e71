package cn.jixiao.validation;

import cn.jixiao.declaration.EditReview;
import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.shell.Messages;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.Severity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The findings printed after an edit: the whole rule catalogue (with the user's severities) run on the stored
 * result, keeping those about what the edit touched, errors first, at most {@link #SHOWN} lines and a count of the rest.
 */
@Component
public class EditFindings implements EditReview {
    static final int SHOWN = 2;

    private final ValidationService validation;
    private final ValidationView view;
    private final Messages m;

    public EditFindings(ValidationService validation, ValidationView view, Messages messages) {
        this.validation = validation;
        this.view = view;
        this.m = messages;
    }

    @Override
    public List<String> review(Declaration declaration, Predicate<String> touched) {
        List<Finding> about = validation.validate(declaration).stream()
                .filter(f -> f.severity() != Severity.OFF)
                .filter(f -> touched.test(f.path()) || f.args().stream().anyMatch(touched))
                .sorted(Comparator.comparingInt((Finding f) -> f.severity().ordinal()).reversed())
                .toList();
        List<String> out = new ArrayList<>();
        for (Finding f : about.subList(0, Math.min(SHOWN, about.size()))) {
            out.add("  " + m.get("severity." + f.severity().id()) + "：" + view.message(f) + "  [" + f.rule() + "]");
        }
        if (about.size() > SHOWN) {
            out.add("  " + m.get("edit.more-findings", about.size() - SHOWN));
        }
        return out;
    }
}
