package com.estate.workorder.duty;

import com.estate.contracts.identity.Role;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.workorder.duty.domain.ShiftKind;
import com.estate.workorder.technician.Technicians;
import org.springframework.stereotype.Component;

/**
 * Whether a member can keep a shift, checked against the one staff directory the service has: the technician profiles
 * supervisors keep ({@code PUT /api/work-orders/technicians/{staffId}}). A night shift is kept by a technician
 * (infra/BUSINESS-RULES.md §9), so its member must be a technician of the community. The desk shifts are kept by
 * customer-service agents, whose accounts only the gateway knows and announces to no service: they are taken as
 * the supervisor names them.
 */
@Component
class RosterStaff {

    private final Technicians technicians;

    RosterStaff(Technicians technicians) {
        this.technicians = technicians;
    }

    /** @throws BusinessRuleException 422 {@code duty-staff-not-eligible} for a member who cannot keep the shift */
    void require(String communityId, ShiftKind kind, String staffId) {
        if (kind.staffedBy() != Role.TECHNICIAN) {
            return;
        }
        boolean technicianHere = technicians.find(staffId)
                .filter(profile -> profile.communities().contains(communityId)).isPresent();
        if (!technicianHere) {
            throw new BusinessRuleException("duty-staff-not-eligible", staffId + " is no technician of community "
                    + communityId + " and cannot keep its " + kind + " shift", staffId, kind.name(), communityId);
        }
    }
}
