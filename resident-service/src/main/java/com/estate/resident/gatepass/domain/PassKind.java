package com.estate.resident.gatepass.domain;

/** What a gate pass lets through, and so how often it may be used. */
public enum PassKind {
    /** Goods leaving the community (物品放行): once, on the day of the release. */
    ITEM(true),
    /** A named renovation worker (施工人员临时出入证): every day within the pass's dates, as often as needed. */
    WORKER(false);

    private final boolean singleUse;

    PassKind(boolean singleUse) {
        this.singleUse = singleUse;
    }

    public boolean singleUse() {
        return singleUse;
    }
}
