package com.estate.resident.community.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param timeZone an IANA zone id; Asia/Shanghai when absent */
record CommunityRequest(@NotBlank @Size(max = 100) String name, @Size(max = 64) String timeZone) {
}
