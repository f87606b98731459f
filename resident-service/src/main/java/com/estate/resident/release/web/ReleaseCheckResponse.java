package com.estate.resident.release.web;

import com.estate.resident.gatepass.GateAnswer;
import com.estate.resident.release.ReleasePasses;
import com.estate.resident.release.domain.ReleaseItem;
import java.time.LocalDate;
import java.util.List;

/** The gate's answer for goods: the pass check, and what the pass lets out (to compare with the van). */
record ReleaseCheckResponse(String checkId, String result, String reason, GateAnswer.CheckedPass pass,
        Goods release) {

    record Goods(String id, String unitId, String applicantName, List<ReleaseItem> items, String carrierName,
            String vehiclePlate, LocalDate date) {
    }

    static ReleaseCheckResponse of(ReleasePasses.ReleaseCheck check) {
        GateAnswer answer = GateAnswer.of(check.check());
        var application = check.application();
        return new ReleaseCheckResponse(answer.checkId(), answer.result(), answer.reason(), answer.pass(),
                application == null ? null : new Goods(application.id(), application.unitId(),
                        application.applicantName(), application.items(), application.carrierName(),
                        application.vehiclePlate(), application.date()));
    }
}
