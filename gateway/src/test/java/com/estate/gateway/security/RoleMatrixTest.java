package com.estate.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.estate.gateway.GatewayIntegrationTest;
import com.estate.gateway.support.StubBackend;

/**
 * The default role matrix of application.yml ({@code app.routes.access}), with real tokens signed by the gateway's
 * key. A refused request never reaches the service.
 */
class RoleMatrixTest extends GatewayIntegrationTest {

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            // creating a community: platform administrators only
            "POST, /api/communities,              PLATFORM_ADMIN, 200",
            "POST, /api/communities,              CS_SUPERVISOR,  403",
            "POST, /api/communities,              RESIDENT,       403",
            "POST, /api/communities/,             CS_AGENT,       403",
            // reading communities is not in the matrix: any valid token
            "GET,  /api/communities,              TECHNICIAN,     200",
            // registering a unit: administrators and customer service
            "POST, /api/communities/{id}/units,   CS_AGENT,       200",
            "POST, /api/communities/{id}/units,   CS_SUPERVISOR,  200",
            "POST, /api/communities/{id}/units,   PLATFORM_ADMIN, 200",
            "POST, /api/communities/{id}/units,   FINANCE,        403",
            "POST, /api/communities/{id}/units,   RESIDENT,       403",
            // correcting a unit (its floor area): administrators and supervisors
            "PATCH, /api/units/{id},              CS_SUPERVISOR,  200",
            "PATCH, /api/units/{id},              PLATFORM_ADMIN, 200",
            "PATCH, /api/units/{id},              CS_AGENT,       403",
            "PATCH, /api/units/{id},              RESIDENT,       403",
            "GET,   /api/units/{id},              RESIDENT,       200",
            // residents: the desk registers and moves out, looks up by phone or ID number; residents read their own
            "POST, /api/residents,                CS_AGENT,       200",
            "POST, /api/residents,                PLATFORM_ADMIN, 200",
            "POST, /api/residents,                RESIDENT,       403",
            "POST, /api/residents,                TECHNICIAN,     403",
            "POST, /api/residents/{id}/move-out,  CS_SUPERVISOR,  200",
            "POST, /api/residents/{id}/move-out,  RESIDENT,       403",
            "POST, /api/residents/{id}/move-out,  FINANCE,        403",
            "GET,  /api/residents,                CS_AGENT,       200",
            "GET,  /api/residents,                DIRECTOR,       200",
            "GET,  /api/residents,                RESIDENT,       403",
            "GET,  /api/residents,                SECURITY,       403",
            "GET,  /api/residents/{id},           RESIDENT,       200",
            "GET,  /api/units/{id}/household,     RESIDENT,       200",
            // billing reads
            "GET,  /api/billing/{id},             FINANCE,        200",
            "GET,  /api/billing/{id},             RESIDENT,       200",
            "GET,  /api/billing/{id},             DIRECTOR,       200",
            "GET,  /api/billing/{id},             TECHNICIAN,     403",
            "GET,  /api/billing/{id},             SECURITY,       403",
            "GET,  /api/bills/{id},               ADMIN_SUPERVISOR, 403",
            "GET,  /api/bills/{id},               CS_AGENT,       200",
            // billing payments, receipts and refunds
            "POST, /api/billing/payments,         CS_AGENT,       200",
            "POST, /api/billing/payments,         RESIDENT,       200",
            "POST, /api/billing/payments,         TECHNICIAN,     403",
            "POST, /api/billing/refunds,          CS_SUPERVISOR,  200",
            "POST, /api/billing/refunds,          RESIDENT,       403",
            "POST, /api/billing/refunds/{id}/decision, FINANCE,   200",
            "POST, /api/billing/refunds/{id}/decision, CS_AGENT,  403",
            "POST, /api/billing/receipts/{id}/void-request, CS_AGENT, 200",
            "POST, /api/billing/receipts/{id}/void-decision, CS_SUPERVISOR, 403",
            // billing arrears, dunning, cost sharing, statements, reconciliation
            "GET,  /api/billing/arrears,          DIRECTOR,       200",
            "GET,  /api/billing/arrears,          CS_AGENT,       403",
            "GET,  /api/billing/arrears,          RESIDENT,       403",
            "GET,  /api/billing/arrears/accounts/{id}, RESIDENT,  200",
            "GET,  /api/billing/dunning/{id},     CS_AGENT,       200",
            "GET,  /api/billing/dunning/{id},     RESIDENT,       403",
            "POST, /api/billing/dunning/{id}/contacts, CS_AGENT,  200",
            "POST, /api/billing/dunning/{id}/contacts, DIRECTOR,  403",
            "PUT,  /api/billing/dunning/{id}/legal-referral, FINANCE, 200",
            "PUT,  /api/billing/dunning/{id}/legal-referral, CS_AGENT, 403",
            "POST, /api/billing/dunning/scans,    CS_AGENT,       403",
            "POST, /api/billing/cost-sharing,     FINANCE,        200",
            "POST, /api/billing/cost-sharing,     DIRECTOR,       403",
            "GET,  /api/billing/statements,       RESIDENT,       200",
            "GET,  /api/billing/statements.csv,   RESIDENT,       403",
            "POST, /api/billing/statements/publications, DIRECTOR, 403",
            "GET,  /api/billing/reconciliation,   FINANCE,        200",
            "GET,  /api/billing/reconciliation,   CS_AGENT,       403",
            // meter reading corrections and meter replacements
            "POST, /api/billing/meter-readings/{id}/corrections, TECHNICIAN, 200",
            "POST, /api/billing/meter-readings/{id}/corrections, RESIDENT, 403",
            "POST, /api/billing/meter-readings/{id}/corrections, CS_AGENT, 403",
            "POST, /api/billing/meter-readings/replacements, FINANCE, 200",
            "POST, /api/billing/meter-readings/replacements, CS_SUPERVISOR, 403",
            // move-in: the desk opens, lists and takes the desk's steps; the owner does what is theirs
            "POST, /api/move-ins,                 CS_AGENT,       200",
            "POST, /api/move-ins,                 RESIDENT,       403",
            "GET,  /api/move-ins,                 TECHNICIAN,     403",
            "GET,  /api/move-ins/{id},            RESIDENT,       200",
            "PUT,  /api/move-ins/{id}/documents/OWNER_ID, CS_SUPERVISOR, 200",
            "POST, /api/move-ins/{id}/documents/OWNER_ID/verify, RESIDENT, 403",
            "POST, /api/move-ins/{id}/handover,   RESIDENT,       403",
            "POST, /api/move-ins/{id}/handover/acknowledge, RESIDENT, 200",
            "POST, /api/move-ins/{id}/handover/acknowledge, CS_AGENT, 403",
            "POST, /api/move-ins/{id}/defects/1/sign-off, RESIDENT, 200",
            "POST, /api/move-ins/{id}/completion, FINANCE,        403",
            "PUT,  /api/communities/{id}/inspection-checklist, CS_SUPERVISOR, 200",
            "PUT,  /api/communities/{id}/inspection-checklist, CS_AGENT, 403",
            // duty roster, log, handovers, monthly statistics (workorder-service is down here: refusals only)
            "GET,  /api/work-orders/statistics,   CS_AGENT,       403",
            "GET,  /api/work-orders/statistics,   TECHNICIAN,     403",
            "GET,  /api/duty/shifts,              RESIDENT,       403",
            "GET,  /api/duty/coverage,            FINANCE,        403",
            "POST, /api/duty/shifts,              CS_AGENT,       403",
            "DELETE, /api/duty/shifts/{id}/2027-01-01/assignments/{id}, TECHNICIAN, 403",
            "POST, /api/duty/log,                 SECURITY,       403",
            "POST, /api/duty/log/{id}/route,      RESIDENT,       403",
            "POST, /api/duty/handovers,           DIRECTOR,       403",
            "POST, /api/duty/handovers/{id}/accept, RESIDENT,     403",
            // work orders: residents and the desk take repairs in, supervisors keep prices and technicians
            "POST, /api/work-orders,               TECHNICIAN,     403",
            "POST, /api/work-orders,               FINANCE,        403",
            "POST, /api/work-orders/{id}/assign,   SECURITY,       403",
            "PUT,  /api/work-orders/price-list,    CS_AGENT,       403",
            "PUT,  /api/work-orders/technicians/t-1, TECHNICIAN,   403",
            "GET,  /api/work-orders/overdue,       RESIDENT,       403",
            "GET,  /api/work-orders/{id},          FINANCE,        403",
            // not in the matrix
            "GET,  /api/complaints/{id},          TECHNICIAN,     200",
            "POST, /api/complaints/{id},          RESIDENT,       200"})
    void theMatrixDecides(String method, String pathTemplate, String role, int expected) {
        String path = pathTemplate.replace("{id}", UUID.randomUUID().toString());
        String token = tokenWithRoles(List.of(role));
        String requestId = "matrix-" + UUID.randomUUID();

        WebTestClient.ResponseSpec response = client().method(HttpMethod.valueOf(method)).uri(path)
                .headers(h -> h.setBearerAuth(token))
                .header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange();

        StubBackend service = path.startsWith("/api/bill") ? BILLING
                : path.startsWith("/api/complaints") ? COMPLAINT : RESIDENT;
        if (expected == 200) {
            response.expectStatus().isOk();
            assertThat(service.request(path).header("X-Request-Id")).isEqualTo(requestId);
        } else {
            assertProblem(response, HttpStatus.FORBIDDEN, "forbidden");
            StubBackend.RecordedRequest seen = service.request(path);
            assertThat(seen == null ? null : seen.header("X-Request-Id")).as("refused at the edge")
                    .isNotEqualTo(requestId);
        }
    }

    @ParameterizedTest
    @CsvSource({"RESIDENT, TECHNICIAN", "TECHNICIAN, FINANCE"})
    void oneAllowedRoleAmongSeveralIsEnough(String first, String second) {
        String path = "/api/billing/" + UUID.randomUUID();
        client().get().uri(path).headers(h -> h.setBearerAuth(tokenWithRoles(List.of(first, second))))
                .exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @CsvSource({"/api/billing/x", "/api/communities/c-1/units"})
    void aTokenWithoutRolesIsRefusedWhereTheMatrixNamesRoles(String path) {
        String token = tokenWithRoles(List.of());
        HttpMethod method = path.contains("units") ? HttpMethod.POST : HttpMethod.GET;
        assertProblem(client().method(method).uri(path).headers(h -> h.setBearerAuth(token)).exchange(),
                HttpStatus.FORBIDDEN, "forbidden");
    }

    @org.junit.jupiter.api.Test
    void aPaymentProvidersCallbackPassesWithoutATokenAndNothingElseDoes() {
        String callback = "/api/billing/payments/callback/simulated";
        client().post().uri(callback).contentType(MediaType.APPLICATION_JSON).bodyValue("{\"tradeNo\":\"p-1\"}")
                .exchange().expectStatus().isOk();
        assertThat(BILLING.request(callback)).as("reached billing, which checks the signature").isNotNull();
        assertProblem(client().get().uri(callback).exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertProblem(client().post().uri("/api/billing/payments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}").exchange(), HttpStatus.UNAUTHORIZED, "unauthorized");
    }

    private String tokenWithRoles(List<String> roles) {
        return tokens().sign(keyRing.signingKey(),
                claims -> claims.subject("matrix-" + UUID.randomUUID()).claim("roles", roles));
    }
}
