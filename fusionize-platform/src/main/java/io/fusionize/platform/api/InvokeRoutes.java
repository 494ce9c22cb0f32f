package io.fusionize.platform.api;

import io.fusionize.platform.PlatformConstants;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.invoke.InvocationService;
import io.fusionize.platform.invoke.InvokeRequest;
import io.fusionize.platform.invoke.InvokeResult;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** Lambda's Invoke route. */
final class InvokeRoutes {

    private static final String INVOKE_PATH = PlatformConstants.FUNCTIONS_PATH + "/{name}/invocations";

    private final InvocationService invocations;

    InvokeRoutes(InvocationService invocations) {
        this.invocations = invocations;
    }

    void register(Javalin app) {
        app.post(INVOKE_PATH, this::invoke);
    }

    private void invoke(Context ctx) {
        String type = ctx.header(PlatformConstants.HEADER_INVOCATION_TYPE);
        rejectOversizedBeforeReading(ctx, type);
        InvokeRequest request = new InvokeRequest(ControlPlaneRoutes.decoded(ctx.pathParam("name")),
                ctx.queryParam(PlatformConstants.QUERY_QUALIFIER), type,
                ctx.header(PlatformConstants.HEADER_LOG_TYPE), ctx.header(PlatformConstants.HEADER_CLIENT_CONTEXT),
                ctx.bodyAsBytes());
        ctx.future(() -> invocations.invoke(request).handle((result, failure) -> {
            if (failure != null) {
                ErrorResponses.write(ctx, failure);
            } else {
                write(ctx, result);
            }
            return null;
        }));
    }

    /** A declared length over the limit is refused without reading the body. */
    private static void rejectOversizedBeforeReading(Context ctx, String type) {
        int limit = PlatformConstants.INVOCATION_EVENT.equals(type)
                ? PlatformConstants.MAX_ASYNC_PAYLOAD_BYTES : PlatformConstants.MAX_SYNC_PAYLOAD_BYTES;
        if (ctx.contentLength() > limit) {
            throw PlatformException.tooLarge(limit);
        }
    }

    private static void write(Context ctx, InvokeResult result) {
        ctx.status(result.statusCode()).header(PlatformConstants.HEADER_REQUEST_ID, result.requestId());
        if (result.executedVersion() != null) {
            ctx.header(PlatformConstants.HEADER_EXECUTED_VERSION, result.executedVersion());
        }
        if (result.functionError() != null) {
            ctx.header(PlatformConstants.HEADER_FUNCTION_ERROR, result.functionError());
        }
        if (result.logResult() != null) {
            ctx.header(PlatformConstants.HEADER_LOG_RESULT, result.logResult());
        }
        ctx.contentType("application/json").result(result.body());
    }
}
