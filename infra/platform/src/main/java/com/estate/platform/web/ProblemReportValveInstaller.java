package com.estate.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ProblemReportValve} in place of the host's {@code ErrorReportValve}. Runs after Boot's own Tomcat
 * customizer, which adds a plain {@code ErrorReportValve} (without server info) when stack traces are off; naming
 * ours as the host's error report valve class keeps Tomcat from adding its default one at start.
 */
class ProblemReportValveInstaller implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final Problems problems;
    private final JsonMapper mapper;

    ProblemReportValveInstaller(Problems problems, JsonMapper mapper) {
        this.problems = problems;
        this.mapper = mapper;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            ProblemReportValve valve = new ProblemReportValve(problems, mapper);
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
            host.getPipeline().addValve(valve);
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
