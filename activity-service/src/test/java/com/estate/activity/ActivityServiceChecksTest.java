package com.estate.activity;

import com.estate.testsupport.StandardServiceChecks;
import com.estate.testsupport.WithSharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
class ActivityServiceChecksTest extends StandardServiceChecks {

    @Override
    protected String apiPath() {
        return "/api/notifications";
    }

    @Override
    protected String recordPath() {
        return "/api/notifications/{id}";
    }

    @Override
    protected String listPath() {
        return "/api/notifications";
    }
}
