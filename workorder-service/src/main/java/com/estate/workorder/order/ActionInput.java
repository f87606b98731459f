package com.estate.workorder.order;

import com.estate.workorder.order.domain.Material;
import com.estate.workorder.order.domain.TimeWindow;
import com.estate.workorder.quote.PriceLists;
import com.estate.workorder.warranty.Coverage;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller may give an action; each action reads only its own fields (the technician for assign and transfer,
 * the reason for decline, pause, dispute, ..., the appointment for accept), and nothing else of the order can be set
 * through it.
 */
public record ActionInput(String technicianId, String reason, TimeWindow appointment, String notes,
        List<Material> materials, List<String> photoIds, Integer score, String comment, LocalDate testedOn,
        Coverage coverage, List<PriceLists.Wanted> items) {

    public static ActionInput none() {
        return new ActionInput(null, null, null, null, null, null, null, null, null, null, null);
    }
}
