package com.estate.resident;

import com.estate.testsupport.StandardServiceChecks;
import com.estate.testsupport.WithSharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
class ResidentServiceChecksTest extends StandardServiceChecks {

    @Override
    protected String apiPath() {
        return "/api/communities";
    }

    @Override
    protected String recordPath() {
        return "/api/units/{id}";
    }

    @Override
    protected String listPath() {
        return "/api/communities";
    }
}
