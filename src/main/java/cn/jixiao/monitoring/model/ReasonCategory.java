package cn.jixiao.monitoring.model;

import java.util.List;

/** The usual categories of a 偏差原因 on monitoring tables; a reason starts with one ("人员保障：两名司机离职"). */
public final class ReasonCategory {
    /** 经费保障, 制度保障, 人员保障, 硬件条件保障, 其他. */
    public static final List<String> ALL = List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他");

    private ReasonCategory() {
    }
}
