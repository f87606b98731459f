package com.estate.workorder.desk;

import com.estate.testsupport.KafkaTestClient;
import com.estate.testsupport.SharedInfrastructure;
import com.estate.testsupport.TestHttp;
import com.estate.testsupport.TestTokens;
import com.estate.testsupport.WithSharedInfrastructure;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the HTTP and event tests of return visits, service orders and patrols start from: the application on a
 * random port (one cached context for all of them), real tokens, resident-service's and the service's own events
 * published as their contracts say, and a new community per test with its desk agent and supervisor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
public abstract class DeskTest {

    @LocalServerPort
    protected int port;

    protected final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    protected final PartnerEvents events = new PartnerEvents(kafka);
    protected final String admin = TestTokens.get().staff("PLATFORM_ADMIN");
    protected TestHttp api;
    protected String communityId;
    protected String agent;
    protected String supervisor;

    @BeforeEach
    void newCommunity() {
        api = new TestHttp(port);
        communityId = UUID.randomUUID().toString();
        agent = TestTokens.get().staff("CS_AGENT", communityId);
        supervisor = TestTokens.get().staff("CS_SUPERVISOR", communityId);
    }

    /** A staff member of the community with this role and account id. */
    protected String staff(String subject, String role, String... communities) {
        return TestTokens.get().token().subject(subject).roles(role)
                .communities(communities.length == 0 ? new String[] {communityId} : communities).build();
    }

    protected String residentOf(String... unitIds) {
        return TestTokens.get().resident("resident-" + UUID.randomUUID(), communityId, unitIds);
    }

    protected static String key() {
        return UUID.randomUUID().toString();
    }
}
