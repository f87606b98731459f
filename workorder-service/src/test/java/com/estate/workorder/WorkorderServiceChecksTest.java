package com.estate.workorder;

import com.estate.testsupport.StandardServiceChecks;
import com.estate.testsupport.MovableClock;
import com.estate.testsupport.WithSharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
@Import({MovableClock.AsApplicationClock.class, TestRoster.AsRoster.class}) // the other tests' context, shared
class WorkorderServiceChecksTest extends StandardServiceChecks {

    @Override
    protected String apiPath() {
        return "/api/work-orders";
    }

    @Override
    protected String recordPath() {
        return "/api/work-orders/{id}";
    }

    @Override
    protected String listPath() {
        return "/api/work-orders";
    }
}
