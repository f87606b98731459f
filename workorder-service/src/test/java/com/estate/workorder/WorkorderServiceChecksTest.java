package com.estate.workorder;

import com.estate.testsupport.StandardServiceChecks;
import com.estate.testsupport.WithSharedInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
class WorkorderServiceChecksTest extends StandardServiceChecks {

    @Override
    protected String apiPath() {
        return "/api/work-orders";
    }
}
