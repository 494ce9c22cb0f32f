package io.fusionize.platform.internal.api;

import io.fusionize.platform.InvokeAccess;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.security.BearerAuthenticator;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrors;

/**
 * Lets a request through only with the bearer token, except invocations when the Invoke API is
 * open. A refused request is answered before any route runs, so it changes nothing.
 */
final class AccessFilter {

    private final BearerAuthenticator authenticator;
    private final InvokeAccess invokeAccess;

    AccessFilter(BearerAuthenticator authenticator, InvokeAccess invokeAccess) {
        this.authenticator = authenticator;
        this.invokeAccess = invokeAccess;
    }

    /**
     * @param path the request path
     * @param authorization the {@code Authorization} header, or {@code null}
     * @throws PlatformException a 401 without a bearer token, a 403 with a wrong one
     */
    void check(String path, String authorization) {
        boolean invocation = path.endsWith(LambdaApi.INVOKE_PATH_SUFFIX);
        if (invocation && invokeAccess == InvokeAccess.OPEN) {
            return;
        }
        switch (authenticator.check(authorization)) {
            case ACCEPTED -> {
            }
            case MISSING -> throw new PlatformException(401, LambdaErrors.MISSING_TOKEN,
                    "Missing bearer token: send 'Authorization: Bearer <token>' with the token from the"
                            + " platform's state directory");
            case REJECTED -> throw new PlatformException(403, LambdaErrors.INVALID_TOKEN,
                    "The bearer token is not this platform's token");
        }
    }
}
