package com.estate.workorder.duty;

/** Who may do what with the duty roster, log and handovers (the service checks again what the gateway checked). */
public final class DutyAccess {

    /** Supervisors plan shifts. */
    public static final String PLANNERS = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR')";
    /** The service centre's staff read the plan, its gaps and the log. */
    public static final String STAFF = "hasAnyRole('PLATFORM_ADMIN', 'CS_SUPERVISOR', 'CS_AGENT', 'TECHNICIAN', 'SECURITY', "
            + "'DIRECTOR')";
    /** Those who keep shifts write the log and hand over. */
    public static final String ON_DUTY = "hasAnyRole('CS_SUPERVISOR', 'CS_AGENT', 'TECHNICIAN')";

    private DutyAccess() {
    }
}
