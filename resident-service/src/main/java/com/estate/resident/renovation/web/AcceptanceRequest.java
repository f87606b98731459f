package com.estate.resident.renovation.web;

import jakarta.validation.constraints.Size;

record AcceptanceRequest(@Size(max = 1000) String remarks) {
}
