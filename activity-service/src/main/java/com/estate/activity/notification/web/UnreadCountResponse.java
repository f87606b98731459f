package com.estate.activity.notification.web;

record UnreadCountResponse(long unread) {
}
