package com.estate.resident.gatepass.persistence;

import com.estate.resident.gatepass.domain.PassKind;
import com.estate.resident.gatepass.domain.Refusal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One check at the gate, accepted or not: who checked, when, which pass (none for an unknown code, whose text is
 * not kept: it may be someone's mistyped real code), and the answer.
 *
 * @param reason null when accepted
 */
@Document("gate_pass_checks")
public record GatePassCheckDocument(@Id String id, String communityId, String passId, PassKind passKind,
        String checkedBy, Instant checkedAt, boolean accepted, Refusal reason) {
}
