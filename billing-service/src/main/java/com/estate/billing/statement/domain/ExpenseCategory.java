package com.estate.billing.statement.domain;

/** What the property spent money on, as the income and expenditure statement groups it (支出类别). */
public enum ExpenseCategory {
    /** 人员费用 */
    STAFF("人员费用"),
    /** 保洁费用 */
    CLEANING("保洁费用"),
    /** 秩序维护（安保）费用 */
    SECURITY("秩序维护费用"),
    /** 绿化养护费用 */
    GREENING("绿化养护费用"),
    /** 共用设施设备维修养护费用 */
    MAINTENANCE("共用设施设备维修养护费用"),
    /** 公共水电费 */
    PUBLIC_UTILITIES("公共水电费"),
    /** 办公及管理费用 */
    ADMINISTRATION("办公及管理费用"),
    /** 其他 */
    OTHER("其他支出");

    private final String label;

    ExpenseCategory(String label) {
        this.label = label;
    }

    /** The statement's Chinese heading. */
    public String label() {
        return label;
    }
}
