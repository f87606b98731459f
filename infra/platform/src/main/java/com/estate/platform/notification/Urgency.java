package com.estate.platform.notification;

/** URGENT may interrupt (SMS, push) at any hour; NORMAL waits for the inbox and quiet hours. */
public enum Urgency {
    NORMAL,
    URGENT
}
