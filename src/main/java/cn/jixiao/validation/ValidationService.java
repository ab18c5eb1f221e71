package cn.jixiao.validation;

import cn.jixiao.declaration.model.Declaration;
import cn.jixiao.validation.model.Finding;
import cn.jixiao.validation.model.RuleContext;
import cn.jixiao.validation.model.Validator;
import cn.jixiao.validation.rules.RuleCatalog;
import org.springframework.stereotype.Service;

import java.util.List;

/** Validates declarations with the rule catalogue, the user's severities and what jixiao knows. */
@Service
public class ValidationService {
    private final RuleSettings settings;
    private final cn.jixiao.template.TemplateService templates;

    public ValidationService(RuleSettings settings, cn.jixiao.template.TemplateService templates) {
        this.settings = settings;
        this.templates = templates;
    }

    /** The catalogue's frameworks and indicator placements and kinds; the built-ins when it can't be read. */
    public RuleContext context() {
        return templates.ruleContext();
    }

    public Validator validator() {
        return new Validator(RuleCatalog.all(), context(), settings.overrides());
    }

    public cn.jixiao.validation.model.Fixer fixer() {
        return new cn.jixiao.validation.model.Fixer(context());
    }

    public List<Finding> validate(Declaration d) {
        return validator().validate(d);
    }
}
