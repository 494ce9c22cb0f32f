package io.fusionize.lambda.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The {@link Context} of one invocation. Identity and client context are not decoded. */
public final class LambdaContext implements Context {

    private final FunctionEnvironment environment;
    private final NextInvocation invocation;
    private final LambdaLogger logger;

    /**
     * @param environment the instance's reserved variables
     * @param invocation the invocation being handled
     * @param logger the logger handed to the function
     */
    public LambdaContext(FunctionEnvironment environment, NextInvocation invocation, LambdaLogger logger) {
        this.environment = environment;
        this.invocation = invocation;
        this.logger = logger;
    }

    @Override
    public String getAwsRequestId() {
        return invocation.requestId();
    }

    @Override
    public String getLogGroupName() {
        return environment.logGroupName();
    }

    @Override
    public String getLogStreamName() {
        return environment.logStreamName();
    }

    @Override
    public String getFunctionName() {
        return environment.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return environment.functionVersion();
    }

    @Override
    public String getInvokedFunctionArn() {
        return invocation.invokedFunctionArn();
    }

    /** @return {@code null}: Cognito identities are not decoded by this runtime */
    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    /** @return {@code null}: client contexts are not decoded by this runtime */
    @Override
    public ClientContext getClientContext() {
        return null;
    }

    /** @return milliseconds until the deadline, never negative */
    @Override
    public int getRemainingTimeInMillis() {
        long remaining = invocation.deadlineEpochMs() - System.currentTimeMillis();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, remaining));
    }

    @Override
    public int getMemoryLimitInMB() {
        return environment.memoryMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String getXrayTraceId() {
        return invocation.traceId();
    }
}
