package com.estate.billing.billrun;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.estate.billing.BillingProperties;
import com.estate.billing.bill.BillPeriod;
import com.estate.billing.billrun.persistence.BillRunDocument;
import com.estate.platform.persistence.Pages;
import com.estate.platform.problem.ConflictException;
import com.estate.platform.problem.NotFoundException;
import com.estate.platform.security.Caller;
import com.estate.platform.security.CallerScope;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Starts bill runs, one per community at a time across replicas: the run takes the community's lease
 * ({@code bill-run:<communityId>}, the platform's ShedLock provider, infra/ARCHITECTURE.md §13) before it is
 * accepted, works in the background, and releases the lease when it ends. A replica that dies mid-run holds the
 * lease for {@code app.billing.bill-run.lock-at-most-for} at most; the run is then simply started again (§20).
 */
@Service
public class BillRuns {

    private static final Logger log = LoggerFactory.getLogger(BillRuns.class);

    private final MongoTemplate mongo;
    private final BillRunner runner;
    private final LockProvider locks;
    private final BillingProperties properties;
    private final Clock clock;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();

    BillRuns(MongoTemplate mongo, BillRunner runner, LockProvider locks, BillingProperties properties, Clock clock) {
        this.mongo = mongo;
        this.runner = runner;
        this.locks = locks;
        this.properties = properties;
        this.clock = clock;
    }

    /** The run of a community and period has one id, whoever starts it and however often. */
    public static String runId(String communityId, BillPeriod period) {
        return UUID.nameUUIDFromBytes(("bill-run:" + communityId + ":" + period.from() + ":" + period.to())
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Starts (or starts again) the run of a community and period in the background.
     *
     * @throws ConflictException 409 {@code bill-run-in-progress} while any run of the community holds its lease
     */
    public BillRunDocument start(Caller caller, String communityId, BillRunPeriod kind, LocalDate from) {
        caller.requireCommunity(communityId, "community", communityId);
        BillPeriod period = kind.from(from);
        SimpleLock lock = lease(communityId).orElseThrow(() -> new ConflictException("bill-run-in-progress",
                "A bill run of community " + communityId + " is in progress.", communityId));
        try {
            String id = runId(communityId, period);
            BillRunDocument run = Optional.ofNullable(mongo.findById(id, BillRunDocument.class))
                    .orElseGet(() -> BillRunDocument.of(id, communityId, kind, period.from(), period.to()));
            run.started(caller.subject(), clock.instant());
            BillRunDocument saved = mongo.save(run);
            background.submit(() -> execute(saved, period, lock));
            return saved;
        } catch (RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    /** Runs in the calling thread (the monthly schedule; the benchmark), if the lease is free: else empty. */
    public Optional<BillRunDocument> runNow(String communityId, BillRunPeriod kind, LocalDate from, String by) {
        BillPeriod period = kind.from(from);
        Optional<SimpleLock> lock = lease(communityId);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        String id = runId(communityId, period);
        BillRunDocument run = Optional.ofNullable(mongo.findById(id, BillRunDocument.class))
                .orElseGet(() -> BillRunDocument.of(id, communityId, kind, period.from(), period.to()));
        run.started(by, clock.instant());
        return Optional.of(execute(mongo.save(run), period, lock.get()));
    }

    /**
     * The community's bill-run lease, if free: also held by whatever must not change while a run reads (the meter
     * reading import, infra/ARCHITECTURE.md §27).
     */
    public Optional<SimpleLock> lease(String communityId) {
        Duration atMost = properties.billRun().lockAtMostFor();
        return locks.lock(new LockConfiguration(ClockProvider.now(), "bill-run:" + communityId, atMost,
                Duration.ZERO));
    }

    private BillRunDocument execute(BillRunDocument run, BillPeriod period, SimpleLock lock) {
        try {
            BillRunReport report = runner.run(run.getId(), run.getCommunityId(), period);
            run.completed(report, clock.instant());
        } catch (RuntimeException e) {
            log.error("bill run {} of community {} failed; running it again resumes it", run.getId(),
                    run.getCommunityId(), e);
            run.failed(e.getClass().getSimpleName(), clock.instant());
        } finally {
            lock.unlock();
        }
        return saveLatest(run);
    }

    /** The run's outcome, over whatever version is stored (nobody else writes a run while it holds the lease). */
    private BillRunDocument saveLatest(BillRunDocument run) {
        BillRunDocument stored = mongo.findById(run.getId(), BillRunDocument.class);
        if (stored != null) {
            run.setVersion(stored.getVersion());
        }
        return mongo.save(run);
    }

    public BillRunDocument get(Caller caller, String runId) {
        BillRunDocument run = mongo.findById(runId, BillRunDocument.class);
        if (run == null || !caller.canSeeCommunity(run.getCommunityId())) {
            throw new NotFoundException("bill run", runId);
        }
        return run;
    }

    public Page<BillRunDocument> list(Caller caller, String communityId, Pageable pageable) {
        Criteria criteria = CallerScope.communities(caller, "communityId");
        if (communityId != null) {
            criteria = new Criteria().andOperator(criteria, where("communityId").is(communityId));
        }
        return Pages.find(mongo, criteria, pageable, BillRunDocument.class);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
