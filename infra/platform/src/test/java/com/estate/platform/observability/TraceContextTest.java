package com.estate.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TraceContextTest {

    @AfterEach
    void clear() {
        TraceContext.end();
    }

    @Test
    void continuesAValidIncomingTraceWithANewSpan() {
        String incoming = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        TraceContext.begin(incoming);
        String current = TraceContext.currentTraceparent();
        assertThat(current).startsWith("00-4bf92f3577b34da6a3ce929d0e0e4736-").isNotEqualTo(incoming)
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    @Test
    void startsANewTraceWhenTheHeaderIsMissingOrForged() {
        TraceContext.begin("00-not-a-trace");
        assertThat(TraceContext.currentTraceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        TraceContext.end();
        assertThat(TraceContext.currentTraceparent()).isNull();
    }
}
