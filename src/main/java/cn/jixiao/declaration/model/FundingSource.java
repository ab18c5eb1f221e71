package cn.jixiao.declaration.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 收入 lines of 项目资金 (万元). 资金总额 = 财政拨款 + 国有资本金 + 社保基金 + 上年结转资金 + 其他资金;
 * 财政拨款 (小计) = 一般公共预算资金 + 政府性基金 + 财政专户管理资金.
 */
public enum FundingSource {
    TOTAL("total", "资金总额"),
    FISCAL("fiscal", "财政拨款"),
    GENERAL_BUDGET("general-budget", "一般公共预算资金"),
    GOVERNMENT_FUND("government-fund", "政府性基金"),
    SPECIAL_ACCOUNT("special-account", "财政专户管理资金"),
    STATE_CAPITAL("state-capital", "国有资本金"),
    SOCIAL_SECURITY("social-security", "社保基金"),
    CARRY_OVER("carry-over", "上年结转资金"),
    OTHER("other", "其他资金");

    private final String id;
    private final String label;

    FundingSource(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The parts whose sum is 资金总额. */
    public static List<FundingSource> totalParts() {
        return List.of(FISCAL, STATE_CAPITAL, SOCIAL_SECURITY, CARRY_OVER, OTHER);
    }

    /** The parts whose sum is 财政拨款. */
    public static List<FundingSource> fiscalParts() {
        return List.of(GENERAL_BUDGET, GOVERNMENT_FUND, SPECIAL_ACCOUNT);
    }

    /** Finds a source by id ({@code total}), Chinese label ({@code 资金总额}) or the label 小计 for 财政拨款. */
    public static Optional<FundingSource> find(String text) {
        String t = text.strip();
        if (t.equals("小计") || t.equals("财政拨款小计")) {
            return Optional.of(FISCAL);
        }
        return Arrays.stream(values())
                .filter(s -> s.id.equalsIgnoreCase(t) || s.label.equals(t) || s.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
