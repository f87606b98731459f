package com.estate.contracts.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceparentTest {

    private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void continuesAValidTraceWithANewSpan() {
        Traceparent next = Traceparent.continueOrStart(VALID);
        assertThat(next.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(next.spanId()).isNotEqualTo("00f067aa0ba902b7").hasSize(16);
        assertThat(next.header()).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01");
    }

    @Test
    void startsANewTraceForMissingForgedOrAllZeroHeaders() {
        for (String header : new String[] {null, "", "00-xyz", "01-" + VALID.substring(3),
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"}) {
            assertThat(Traceparent.parse(header)).as(header).isEmpty();
            Traceparent started = Traceparent.continueOrStart(header);
            assertThat(started.header()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(started.traceId()).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        }
    }

    @Test
    void keepsTheSampledFlag() {
        assertThat(Traceparent.parse(VALID.replaceAll("-01$", "-00")).orElseThrow().sampled()).isFalse();
        assertThat(Traceparent.parse(VALID).orElseThrow().child().header()).endsWith("-01");
    }
}
