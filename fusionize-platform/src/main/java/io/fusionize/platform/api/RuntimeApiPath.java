package io.fusionize.platform.api;

import io.fusionize.lambda.runtime.RuntimeApiConstants;
import io.fusionize.platform.PlatformConstants;
import io.fusionize.platform.PlatformException;

/**
 * A parsed Runtime API path: {@code /i/INSTANCE/2018-06-01/runtime/...}.
 *
 * @param instanceId the calling instance
 * @param endpoint which endpoint
 * @param requestId the invocation for {@code response} and {@code error}, else {@code null}
 */
record RuntimeApiPath(String instanceId, Endpoint endpoint, String requestId) {

    /** The Runtime API's endpoints. */
    enum Endpoint {
        /** {@code GET /runtime/invocation/next}. */
        NEXT,
        /** {@code POST /runtime/invocation/{id}/response}. */
        RESPONSE,
        /** {@code POST /runtime/invocation/{id}/error}. */
        ERROR,
        /** {@code POST /runtime/init/error}. */
        INIT_ERROR
    }

    /**
     * @param target the request path
     * @return the parsed path
     * @throws PlatformException a 404 if the path is none of the Runtime API's
     */
    static RuntimeApiPath parse(String target) {
        String prefix = PlatformConstants.INSTANCE_PATH_PREFIX;
        int slash = target.indexOf('/', prefix.length());
        if (!target.startsWith(prefix) || slash < 0 || !target.startsWith(RuntimeApiConstants.API_VERSION, slash)) {
            throw notFound(target);
        }
        String instanceId = target.substring(prefix.length(), slash);
        String rest = target.substring(slash + RuntimeApiConstants.API_VERSION.length());
        if (rest.equals(RuntimeApiConstants.NEXT_INVOCATION_PATH)) {
            return new RuntimeApiPath(instanceId, Endpoint.NEXT, null);
        }
        if (rest.equals(RuntimeApiConstants.INIT_ERROR_PATH)) {
            return new RuntimeApiPath(instanceId, Endpoint.INIT_ERROR, null);
        }
        if (rest.startsWith(RuntimeApiConstants.INVOCATION_PATH_PREFIX)) {
            String invocation = rest.substring(RuntimeApiConstants.INVOCATION_PATH_PREFIX.length());
            if (invocation.endsWith(RuntimeApiConstants.RESPONSE_SUFFIX)) {
                return new RuntimeApiPath(instanceId, Endpoint.RESPONSE, strip(invocation,
                        RuntimeApiConstants.RESPONSE_SUFFIX));
            }
            if (invocation.endsWith(RuntimeApiConstants.ERROR_SUFFIX)) {
                return new RuntimeApiPath(instanceId, Endpoint.ERROR, strip(invocation,
                        RuntimeApiConstants.ERROR_SUFFIX));
            }
        }
        throw notFound(target);
    }

    private static String strip(String text, String suffix) {
        return text.substring(0, text.length() - suffix.length());
    }

    private static PlatformException notFound(String target) {
        return PlatformException.notFound("Not a Runtime API path: " + target);
    }
}
