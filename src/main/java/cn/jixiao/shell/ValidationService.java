package cn.jixiao.shell;

import cn.jixiao.declaration.Declaration;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.RuleCatalog;
import cn.jixiao.validation.RuleContext;
import cn.jixiao.validation.Validator;
import org.springframework.stereotype.Service;

import java.util.List;

/** Validates declarations with the rule catalogue, the user's severities and what jixiao knows. */
@Service
public class ValidationService {
    private final RuleSettings settings;

    public ValidationService(RuleSettings settings) {
        this.settings = settings;
    }

    public Validator validator() {
        return new Validator(RuleCatalog.all(), RuleContext.builtIn(), settings.overrides());
    }

    public cn.jixiao.validation.Fixer fixer() {
        return new cn.jixiao.validation.Fixer(RuleContext.builtIn());
    }

    public List<Finding> validate(Declaration d) {
        return validator().validate(d);
    }
}
