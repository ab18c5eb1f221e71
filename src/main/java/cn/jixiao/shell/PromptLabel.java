package cn.jixiao.shell;

import java.util.Optional;

/** What the console prompt names between brackets: the open declaration, supplied by the feature that holds it. */
public interface PromptLabel {
    Optional<String> promptLabel();
}
