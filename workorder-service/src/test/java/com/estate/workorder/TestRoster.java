package com.estate.workorder;

import com.estate.workorder.dispatch.OnDutyStaff;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The tests' own duty roster: who is on duty in a community is what a test says. Primary, so it wins over the
 * service's roster once there is one, and the dispatch tests keep deciding who is on duty.
 */
public class TestRoster implements OnDutyStaff {

    private final Map<String, Set<String>> onDuty = new ConcurrentHashMap<>();

    @Override
    public Set<String> onDutyAt(String communityId, Instant at) {
        return onDuty.getOrDefault(communityId, Set.of());
    }

    public void onDuty(String communityId, String... staffIds) {
        onDuty.put(communityId, Set.of(staffIds));
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class AsRoster {

        @Bean
        @Primary
        TestRoster testRoster() {
            return new TestRoster();
        }
    }
}
