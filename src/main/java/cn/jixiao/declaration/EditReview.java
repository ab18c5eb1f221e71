package cn.jixiao.declaration;

import cn.jixiao.declaration.model.Declaration;

import java.util.List;
import java.util.function.Predicate;

/**
 * What the validation rules say about the part of a declaration an edit just touched, as lines to print under the
 * edit's confirmation. Supplied by the validation feature (which depends on this one, not the other way round).
 */
public interface EditReview {
    /**
     * The findings on {@code declaration} that are about a place {@code touched} accepts (a finding's path, or a
     * path among its arguments, as for a duplicate reported against the first of two indicators), rendered with
     * their severity; a few at most, then how many more there are.
     */
    List<String> review(Declaration declaration, Predicate<String> touched);
}
