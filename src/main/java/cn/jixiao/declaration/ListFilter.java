package cn.jixiao.declaration;

import java.util.Optional;

/** Which declarations {@code list} shows: of a year, changed by an author (any revision), of a department. */
public record ListFilter(Optional<Integer> year, Optional<String> author, Optional<String> department) {
    public static final ListFilter ALL = new ListFilter(Optional.empty(), Optional.empty(), Optional.empty());

    public static ListFilter year(Optional<Integer> year) {
        return new ListFilter(year, Optional.empty(), Optional.empty());
    }
}
