package cn.jixiao.indicator.model;

/**
 * Where a node sits in a tree, zero-based. A 一级 has only {@code l1}; a 二级 has {@code l1, l2};
 * a 三级 has all three. Unused levels are -1. Printed one-based as on the form: 3.1.2.
 */
public record Position(int l1, int l2, int l3) {
    public static Position level1(int l1) {
        return new Position(l1, -1, -1);
    }

    public static Position level2(int l1, int l2) {
        return new Position(l1, l2, -1);
    }

    public static Position indicator(int l1, int l2, int l3) {
        return new Position(l1, l2, l3);
    }

    public int depth() {
        return l2 < 0 ? 1 : l3 < 0 ? 2 : 3;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(l1 + 1);
        if (l2 >= 0) {
            sb.append('.').append(l2 + 1);
        }
        if (l3 >= 0) {
            sb.append('.').append(l3 + 1);
        }
        return sb.toString();
    }
}
