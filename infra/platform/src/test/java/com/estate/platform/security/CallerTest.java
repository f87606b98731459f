package com.estate.platform.security;

import com.estate.contracts.identity.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.estate.platform.problem.NotFoundException;
import java.util.Set;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;

class CallerTest {

    private final Caller agent = new Caller("u-1", Set.of(Role.CS_AGENT), Set.of("c-1"), null, Set.of());
    private final Caller resident = new Caller("u-2", Set.of(Role.RESIDENT), Set.of("c-1"), "r-1", Set.of("unit-1"));
    private final Caller admin = new Caller("u-3", Set.of(Role.PLATFORM_ADMIN), Set.of(), null, Set.of());

    @Test
    void staffSeeTheirCommunitiesOnly() {
        assertThat(agent.canSeeCommunity("c-1")).isTrue();
        assertThat(agent.canSeeCommunity("c-2")).isFalse();
        assertThat(agent.canSeeUnit("c-1", "any-unit")).isTrue();
        assertThatThrownBy(() -> agent.requireCommunity("c-2", "community", "c-2"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void residentsSeeTheirOwnUnitsOnly() {
        assertThat(resident.canSeeUnit("c-1", "unit-1")).isTrue();
        assertThat(resident.canSeeUnit("c-1", "unit-2")).isFalse();
        assertThat(resident.canSeeUnit("c-2", "unit-1")).isFalse();
        assertThatThrownBy(() -> resident.requireUnit("c-1", "unit-2", "bill", "b-1"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void platformAdministratorsSeeEveryCommunity() {
        assertThat(admin.canSeeCommunity("anything")).isTrue();
        assertThat(Query.query(CallerScope.communities(admin, "communityId")).getQueryObject()).isEmpty();
    }

    @Test
    void scopesQueriesToCommunitiesAndForResidentsToUnits() {
        Document staff = Query.query(CallerScope.units(agent, "communityId", "unitId")).getQueryObject();
        assertThat(staff).containsOnlyKeys("communityId");
        Document own = Query.query(CallerScope.units(resident, "communityId", "unitId")).getQueryObject();
        assertThat(own).containsKeys("communityId", "unitId");
        assertThat(own.get("unitId", Document.class).get("$in")).asInstanceOf(InstanceOfAssertFactories.ITERABLE)
                .containsExactly("unit-1");
    }
}
