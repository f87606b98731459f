package com.estate.billing;

import com.estate.testsupport.StandardServiceChecks;
import com.estate.testsupport.WithSharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
class BillingServiceChecksTest extends StandardServiceChecks {

    @Override
    protected String apiPath() {
        return "/api/billing/accounts";
    }

    @Override
    protected String recordPath() {
        return "/api/billing/bills/{id}";
    }

    @Override
    protected String listPath() {
        return "/api/billing/accounts";
    }
}
