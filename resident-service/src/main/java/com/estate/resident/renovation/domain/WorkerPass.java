package com.estate.resident.renovation.domain;

import java.time.LocalDate;

/** A named worker's temporary pass (施工人员临时出入证): a WORKER gate pass, checked at the gate. */
public record WorkerPass(String gatePassId, String workerName, LocalDate validFrom, LocalDate validUntil) {
}
