package com.estate.platform.problem;

/**
 * A query or path parameter with a value the service cannot serve, answered as a 400 {@code validation} problem
 * that lists the parameter under {@code errors} with {@code messageKey}'s text, like an invalid body field.
 */
public class InvalidParameterException extends ProblemException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] messageArgs;

    public InvalidParameterException(String parameter, String messageKey, Object... messageArgs) {
        super("validation", "invalid parameter " + parameter, parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs.clone();
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArgs() {
        return messageArgs.clone();
    }

    @Override
    public int status() {
        return 400;
    }
}
