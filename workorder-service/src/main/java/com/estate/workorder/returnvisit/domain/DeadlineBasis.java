package com.estate.workorder.returnvisit.domain;

/** What starts a return visit's clock: the repair's completion, or for leaks the leak test that follows it. */
public enum DeadlineBasis {
    COMPLETION,
    LEAK_TEST
}
