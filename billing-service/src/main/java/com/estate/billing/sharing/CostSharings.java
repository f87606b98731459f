package com.estate.billing.sharing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.estate.billing.account.domain.FeeAccount;
import com.estate.billing.bill.Bill;
import com.estate.billing.bill.BillIds;
import com.estate.billing.bill.BillLine;
import com.estate.billing.bill.Bills;
import com.estate.billing.bill.RequestedBy;
import com.estate.billing.sharing.domain.CostSharing;
import com.estate.billing.sharing.domain.SharedCost;
import com.estate.billing.sharing.domain.SharingMethod;
import com.estate.billing.sharing.domain.SharingUnit;
import com.estate.billing.sharing.persistence.CostSharingDocument;
import com.estate.billing.unit.UnitFacts;
import com.estate.billing.unit.UnitFactsStore;
import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ConflictException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Shares a period's public water or electricity cost among a community's units and charges each share on a one-off
 * bill of its own through bill-core ({@link Bills#issue}), so it is on the ledger, in arrears when unpaid and in the
 * statements. The bill's id derives from the sharing and the unit ({@code requestedBy cost-sharing/<sharing>.<unit>}),
 * and the sharing's from its community, period and cost: entering it again, or after a crash between two bills,
 * issues only the missing bills and never charges a unit twice.
 */
@Service
public class CostSharings {

    static final String REQUEST_KIND = "cost-sharing";

    /** A unit not sold yet is the developer's, not a household's: it takes no share. */
    private static final String UNSOLD = "UNSOLD";

    private final MongoTemplate mongo;
    private final UnitFactsStore units;
    private final Bills bills;
    private final Clock clock;

    CostSharings(MongoTemplate mongo, UnitFactsStore units, Bills bills, Clock clock) {
        this.mongo = mongo;
        this.units = units;
        this.bills = bills;
        this.clock = clock;
    }

    /** What finance enters: the cost of a period, how to share it and when the shares are due. */
    public record Entry(String communityId, YearMonth period, SharedCost cost, Money total, SharingMethod method,
            java.time.LocalDate dueDate) {
    }

    public CostSharing share(Caller caller, Entry entry) {
        caller.requireCommunity(entry.communityId(), "community", entry.communityId());
        String id = CostSharing.idFor(entry.communityId(), entry.period(), entry.cost());
        CostSharingDocument document = mongo.findById(id, CostSharingDocument.class);
        if (document == null) {
            document = store(caller, entry);
        }
        CostSharing sharing = document.sharing();
        if (!sharing.sameAs(entry.total(), entry.method())) {
            throw new ConflictException("cost-sharing-exists", "this period's cost is shared already", id,
                    sharing.total().toPlainString(), sharing.method().name());
        }
        if (document.postedAt() == null) {
            post(sharing);
            document.posted(clock.instant());
            mongo.save(document);
        }
        return sharing;
    }

    private CostSharingDocument store(Caller caller, Entry entry) {
        List<UnitFacts> sharing = new ArrayList<>();
        units.forEachInCommunity(entry.communityId(), unit -> {
            if (!UNSOLD.equals(unit.status()) && unit.floorArea() != null) {
                sharing.add(unit);
            }
        });
        if (sharing.isEmpty()) {
            throw new BusinessRuleException("cost-sharing-no-units", "the community has no units to share among",
                    entry.communityId());
        }
        sharing.sort(Comparator.comparing(UnitFacts::unitId));
        CostSharing computed;
        try {
            computed = CostSharing.share(entry.communityId(), entry.period(), entry.cost(), entry.total(),
                    entry.method(), entry.dueDate(), sharing.stream()
                            .map(unit -> new SharingUnit(unit.unitId(), unit.floorArea())).toList(),
                    sharing.stream().map(unit -> FeeAccount.idFor(unit.unitId())).toList(), caller.subject(),
                    clock.instant());
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("cost-sharing-not-shareable", "the cost cannot be shared among the units",
                    entry.communityId());
        }
        try {
            return mongo.insert(CostSharingDocument.of(computed));
        } catch (DuplicateKeyException enteredMeanwhile) {
            return mongo.findById(computed.id(), CostSharingDocument.class);
        }
    }

    /** Issues each non-zero share's bill (idempotent by its derived id). */
    private void post(CostSharing sharing) {
        for (CostSharing.UnitShare share : sharing.shares()) {
            if (share.amount().amount().signum() == 0) {
                continue;
            }
            RequestedBy request = requestOf(sharing, share.unitId());
            bills.issue(Bill.issue(BillIds.requested(request), share.accountId(), share.unitId(),
                    sharing.communityId(), null, request, List.of(new BillLine(sharing.cost().itemCode(),
                            sharing.cost().description() + " " + sharing.period() + " (" + describe(sharing, share)
                                    + ")", share.amount(), null)),
                    sharing.dueDate(), clock.instant(), null));
        }
    }

    static RequestedBy requestOf(CostSharing sharing, String unitId) {
        return new RequestedBy(REQUEST_KIND, sharing.id() + "." + unitId);
    }

    /** The bill of one unit's share. */
    public static String billIdOf(CostSharing sharing, String unitId) {
        return BillIds.requested(requestOf(sharing, unitId));
    }

    private static String describe(CostSharing sharing, CostSharing.UnitShare share) {
        return sharing.method() == SharingMethod.BY_FLOOR_AREA
                ? "总额 " + sharing.total().toPlainString() + " 元，按建筑面积 " + share.floorArea().toPlainString() + " m²"
                : "总额 " + sharing.total().toPlainString() + " 元，按户均摊";
    }

    public CostSharing get(Caller caller, String id) {
        CostSharingDocument document = mongo.findById(id, CostSharingDocument.class);
        if (document == null || caller.isResident() || !caller.canSeeCommunity(document.sharing().communityId())) {
            throw new NotFoundException("cost-sharing", id);
        }
        return document.sharing();
    }

    public List<CostSharing> inCommunity(Caller caller, String communityId) {
        caller.requireCommunity(communityId, "community", communityId);
        return mongo.find(query(where("communityId").is(communityId)), CostSharingDocument.class).stream()
                .map(CostSharingDocument::sharing).sorted(Comparator.comparing(CostSharing::period).reversed()
                        .thenComparing(CostSharing::cost)).toList();
    }
}
