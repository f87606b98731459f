package com.estate.resident.movein.domain;

import java.util.List;
import java.util.Objects;

/**
 * The house inspection item by item (房屋质量验收登记表): the signed acceptance form's scan and every defect found;
 * done once every defect is accepted by the owner (at once, when there is none).
 */
public record Inspection(String acceptanceFormAttachmentId, List<Defect> defects, Done inspected) {

    public Inspection {
        Objects.requireNonNull(acceptanceFormAttachmentId, "acceptanceFormAttachmentId");
        defects = List.copyOf(defects);
        Objects.requireNonNull(inspected, "inspected");
    }

    public boolean isAccepted() {
        return defects.stream().allMatch(defect -> defect.status() == DefectStatus.ACCEPTED);
    }

    Inspection withDefect(Defect changed) {
        return new Inspection(acceptanceFormAttachmentId, defects.stream()
                .map(defect -> defect.number() == changed.number() ? changed : defect).toList(), inspected);
    }
}
