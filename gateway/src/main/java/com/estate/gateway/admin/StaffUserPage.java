package com.estate.gateway.admin;

import java.util.List;

/** One page of staff accounts, ordered by username. */
public record StaffUserPage(List<StaffUserView> items, int page, int size, long total) {
}
