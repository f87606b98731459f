package com.estate.workorder.dispatch;

import com.estate.workorder.order.WorkOrders;
import com.estate.workorder.technician.TechnicianProfile;
import com.estate.workorder.technician.Technicians;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Chooses the technician for an order by skill, community, load and duty ({@link AutoDispatch}). The load is one
 * aggregation over the active orders of the candidates ({@link WorkOrders#activeLoads}), never a query per
 * technician.
 */
@Service
public class Dispatcher {

    private final Technicians technicians;
    private final WorkOrders orders;
    private final ObjectProvider<OnDutyStaff> onDuty;
    private final Clock clock;

    Dispatcher(Technicians technicians, WorkOrders orders, ObjectProvider<OnDutyStaff> onDuty, Clock clock) {
        this.technicians = technicians;
        this.orders = orders;
        this.onDuty = onDuty;
        this.clock = clock;
    }

    /** The technician automatic dispatch picks, or 409 when the community has none with the skill. */
    public String chooseFor(String communityId, String category) {
        List<String> able = technicians.ofCommunity(communityId).stream()
                .filter(t -> t.canDo(category, communityId)).map(TechnicianProfile::staffId).toList();
        if (able.isEmpty()) {
            throw new NoTechnicianAvailableException(communityId, category);
        }
        Map<String, Long> loads = orders.activeLoads(able);
        OnDutyStaff roster = onDuty.getIfAvailable();
        Set<String> dutyNow = roster == null ? Set.of() : roster.onDutyAt(communityId, clock.instant());
        return AutoDispatch.choose(able.stream()
                        .map(id -> new AutoDispatch.Candidate(id, loads.getOrDefault(id, 0L), dutyNow.contains(id)))
                        .toList())
                .orElseThrow().staffId();
    }

    /** Whether the technician may be given orders of the category in the community. */
    public boolean canTake(String staffId, String communityId, String category) {
        return technicians.find(staffId).filter(t -> t.canDo(category, communityId)).isPresent();
    }
}
