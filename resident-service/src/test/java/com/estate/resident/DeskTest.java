package com.estate.resident;

import static org.assertj.core.api.Assertions.assertThat;

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
 * What the service's HTTP tests start from: the application on a random port (one cached context for all of
 * them), real tokens, and a new community per test with its desk agent and supervisor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithSharedInfrastructure
public abstract class DeskTest {

    @LocalServerPort
    protected int port;

    protected final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    protected final String admin = TestTokens.get().staff("PLATFORM_ADMIN");
    protected TestHttp api;
    protected String communityId;
    protected String agent;
    protected String supervisor;

    @BeforeEach
    void createCommunity() {
        api = new TestHttp(port);
        communityId = newCommunity();
        agent = TestTokens.get().staff("CS_AGENT", communityId);
        supervisor = TestTokens.get().staff("CS_SUPERVISOR", communityId);
    }

    /** A new community, registered by the platform administrator. */
    protected String newCommunity() {
        TestHttp.Answer created = api.send("POST", "/api/communities", admin,
                "{\"name\":\"翠苑 " + UUID.randomUUID() + "\",\"timeZone\":\"Asia/Shanghai\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** A new unit of 76 m² in the community, registered by the platform administrator. */
    protected String newUnit(String community, String building, String unitNumber) {
        TestHttp.Answer created = api.send("POST", "/api/communities/" + community + "/units", admin,
                "{\"building\":\"" + building + "\",\"unitNumber\":\"" + unitNumber + "\",\"floorArea\":\"76.00\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
