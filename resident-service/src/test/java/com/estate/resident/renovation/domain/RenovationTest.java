package com.estate.resident.renovation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.money.Money;
import com.estate.platform.problem.BusinessRuleException;
import com.estate.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The renovation's steps and the permit's preconditions (infra/BUSINESS-RULES.md §4), without Spring. */
class RenovationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 12, 7);
    private static final RenovationRules RULES = new RenovationRules(List.of(), List.of("no noise at night"),
            new WasteFeeRule(WasteFeeRule.Basis.FLAT, Money.yuan("200.00")));

    private static Renovation application(boolean proxy, DeclaredWork... works) {
        return Renovation.apply("r1", "c1", "u1", new Applicant("王先生", proxy), List.of(works), START,
                START.plusDays(30), new Contractor("安居装饰", "李工"), List.of("张三"), RULES, "owner", NOW);
    }

    private static DeclaredWork tiling() {
        return new DeclaredWork("铺地砖", false, false);
    }

    private static AttachedDocument document(DocumentPurpose purpose) {
        return new AttachedDocument("a-" + purpose, purpose, "scan.pdf", "application/pdf", 10, "agent", NOW);
    }

    private static void assertProblem(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aPermitNeedsAnApprovedPlan() {
        Renovation renovation = application(false, tiling());
        assertProblem(renovation::requirePermittable, "renovation-state");
        renovation.review(true, List.of(), "supervisor", NOW);
        renovation.requirePermittable();
        renovation.issuePermit("ZX-2026-0001", Money.yuan("200.00"), "OCCUPIED", "agent", NOW);
        assertThat(renovation.status()).isEqualTo(RenovationStatus.PERMITTED);
        assertProblem(() -> renovation.issuePermit("ZX-2026-0002", Money.zero(), "OCCUPIED", "agent", NOW),
                "renovation-state");
    }

    @Test
    void aRejectedPlanGivesReasonsAndGetsNoPermit() {
        Renovation renovation = application(false, tiling());
        assertProblem(() -> renovation.review(false, List.of(), "supervisor", NOW), "renovation-rejection-reasons");
        renovation.review(false, List.of("图纸不全"), "supervisor", NOW);
        assertThat(renovation.status()).isEqualTo(RenovationStatus.REJECTED);
        assertProblem(renovation::requirePermittable, "renovation-state");
        assertProblem(() -> renovation.review(true, List.of(), "supervisor", NOW), "renovation-state");
    }

    @Test
    void structuralOrLoadWorksNeedTheAuthoritysApprovalBeforeThePermit() {
        for (DeclaredWork work : List.of(new DeclaredWork("拆除非承重墙以外的墙体", true, false),
                new DeclaredWork("阳台加装鱼池", false, true))) {
            Renovation renovation = application(false, tiling(), work);
            renovation.review(true, List.of(), "supervisor", NOW);
            assertThat(renovation.needsAuthorityApproval()).isTrue();
            assertProblem(renovation::requirePermittable, "renovation-authority-approval-missing");
            renovation.attach(document(DocumentPurpose.PLAN));
            assertProblem(renovation::requirePermittable, "renovation-authority-approval-missing");
            renovation.attach(document(DocumentPurpose.AUTHORITY_APPROVAL));
            renovation.requirePermittable();
        }
    }

    @Test
    void aProxyNeedsThePowerOfAttorneyBeforeThePermit() {
        Renovation renovation = application(true, tiling());
        renovation.review(true, List.of(), "supervisor", NOW);
        assertProblem(renovation::requirePermittable, "renovation-power-of-attorney-missing");
        renovation.attach(document(DocumentPurpose.POWER_OF_ATTORNEY));
        renovation.requirePermittable();
    }

    @Test
    void workerPassesLogAndInspectionsBelongToPermittedWorks() {
        Renovation renovation = application(false, tiling());
        WorkerPass pass = new WorkerPass("g1", "张三", START, START.plusDays(3));
        assertProblem(() -> renovation.addWorkerPass(pass), "renovation-state");
        renovation.review(true, List.of(), "supervisor", NOW);
        renovation.issuePermit("ZX-2026-0001", Money.zero(), "VACANT", "agent", NOW);
        renovation.addWorkerPass(pass);
        assertProblem(() -> renovation.addWorkerPass(new WorkerPass("g2", "李四", START.minusDays(1), START)),
                "renovation-pass-dates");
        assertProblem(() -> renovation.addWorkerPass(new WorkerPass("g3", "李四", START, START.plusDays(31))),
                "renovation-pass-dates");
        renovation.logWork(new WorkLogEntry("w1", NOW, "水电改造", false, "security", NOW));
        renovation.complete("owner", NOW);
        assertProblem(() -> renovation.logWork(new WorkLogEntry("w2", NOW, "x", false, "security", NOW)),
                "renovation-state");
        renovation.recordInspection(new Inspection("i1", "竣工检查", List.of(), "technician", NOW));
        renovation.accept("合格", "supervisor", NOW);
        assertThat(renovation.status()).isEqualTo(RenovationStatus.ACCEPTED);
        assertThat(renovation.workerPasses()).containsExactly(pass);
        assertProblem(() -> renovation.attach(document(DocumentPurpose.PLAN)), "renovation-state");
    }

    @Test
    void worksCannotEndBeforeTheyStart() {
        assertThatThrownBy(() -> Renovation.apply("r1", "c1", "u1", new Applicant("王先生", false), List.of(tiling()),
                START, START.minusDays(1), null, List.of(), RULES, "owner", NOW))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("renovation-dates"));
    }
}
