package io.fusionize.platform.internal.api;

import io.fusionize.platform.PlatformException;
import io.fusionize.protocol.lambda.RuntimeApi;

/**
 * A parsed Runtime API path: {@code /i/INSTANCE/2018-06-01/runtime/...}.
 *
 * @param instanceId the calling instance
 * @param endpoint which endpoint
 * @param requestId the invocation for {@code response} and {@code error}, else {@code null}
 */
record RuntimeApiPath(String instanceId, Endpoint endpoint, String requestId) {

    /** Path prefix under which each instance reaches its own Runtime API. */
    static final String INSTANCE_PREFIX = "/i/";

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
        String prefix = INSTANCE_PREFIX;
        int slash = target.indexOf('/', prefix.length());
        if (!target.startsWith(prefix) || slash < 0 || !target.startsWith(RuntimeApi.API_VERSION, slash)) {
            throw notFound(target);
        }
        String instanceId = target.substring(prefix.length(), slash);
        String rest = target.substring(slash + RuntimeApi.API_VERSION.length());
        if (rest.equals(RuntimeApi.NEXT_INVOCATION_PATH)) {
            return new RuntimeApiPath(instanceId, Endpoint.NEXT, null);
        }
        if (rest.equals(RuntimeApi.INIT_ERROR_PATH)) {
            return new RuntimeApiPath(instanceId, Endpoint.INIT_ERROR, null);
        }
        if (rest.startsWith(RuntimeApi.INVOCATION_PATH_PREFIX)) {
            String invocation = rest.substring(RuntimeApi.INVOCATION_PATH_PREFIX.length());
            if (invocation.endsWith(RuntimeApi.RESPONSE_SUFFIX)) {
                return new RuntimeApiPath(instanceId, Endpoint.RESPONSE, strip(invocation,
                        RuntimeApi.RESPONSE_SUFFIX));
            }
            if (invocation.endsWith(RuntimeApi.ERROR_SUFFIX)) {
                return new RuntimeApiPath(instanceId, Endpoint.ERROR, strip(invocation,
                        RuntimeApi.ERROR_SUFFIX));
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
