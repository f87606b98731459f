package com.estate.resident.gatepass;

import com.estate.resident.gatepass.domain.GatePass;
import com.estate.resident.gatepass.domain.Refusal;
import java.time.Instant;

/**
 * The gate's answer to one check.
 *
 * @param pass   the pass checked, null when the code is unknown
 * @param reason null when accepted
 */
public record GatePassCheck(String checkId, Instant checkedAt, GatePass pass, Refusal reason) {

    public boolean accepted() {
        return reason == null;
    }
}
