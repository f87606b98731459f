package com.estate.workorder.patrol.domain;

/** SCHEDULED until its result is recorded (DONE), or ENDED unmade because what it was for ended (a renovation). */
public enum PatrolStatus {
    SCHEDULED,
    DONE,
    ENDED
}
