package cn.jixiao.io.form;

import java.util.Arrays;
import java.util.function.Function;

/**
 * What a question about a label answered lately, by the label's hash: the parser asks the vocabulary the same few
 * questions of the same labels in every form of a file (hundreds per form). A newer label takes an older one's
 * place; an answer is replaced whole, so threads reading forms at once see an old answer or a new one, both right.
 */
final class Answers<T> {
    private record Answer<T>(String label, T value) {
    }

    private final Answer<T>[] slots;

    @SuppressWarnings("unchecked")
    Answers(int size) {
        slots = (Answer<T>[]) new Answer<?>[Integer.highestOneBit(size)];
    }

    /** {@code find}'s answer for {@code label}, worked out again only when it is not remembered. */
    T get(String label, Function<String, T> find) {
        int h = label.hashCode();
        int slot = (h ^ (h >>> 11)) & (slots.length - 1);
        Answer<T> a = slots[slot];
        if (a != null && a.label.equals(label)) {
            return a.value;
        }
        T value = find.apply(label);
        slots[slot] = new Answer<>(label, value);
        return value;
    }

    /** Forgets every answer (the question's data changed). */
    void clear() {
        Arrays.fill(slots, null);
    }
}
