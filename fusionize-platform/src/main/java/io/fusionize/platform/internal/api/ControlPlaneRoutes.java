package io.fusionize.platform.internal.api;

import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.dto.Concurrency;
import io.fusionize.platform.internal.dto.CreateAliasRequest;
import io.fusionize.platform.internal.dto.CreateFunctionRequest;
import io.fusionize.platform.internal.dto.PublishVersionRequest;
import io.fusionize.platform.internal.dto.UpdateAliasRequest;
import io.fusionize.platform.internal.dto.UpdateFunctionCodeRequest;
import io.fusionize.platform.internal.dto.UpdateFunctionConfigurationRequest;
import io.fusionize.platform.internal.state.AliasControl;
import io.fusionize.platform.internal.state.ControlPlane;
import io.fusionize.platform.internal.state.FunctionNames;
import io.fusionize.protocol.lambda.LambdaApi;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Lambda's control-plane REST routes, as the AWS SDK calls them. */
final class ControlPlaneRoutes {

    private static final String FUNCTION = LambdaApi.FUNCTIONS_PATH + "/{name}";
    private static final String ALIASES = FUNCTION + "/aliases";
    private static final String CONCURRENCY_PUT = LambdaApi.CONCURRENCY_API_PATH + "/{name}/concurrency";
    private static final String CONCURRENCY_GET = LambdaApi.CONCURRENCY_READ_API_PATH + "/{name}/concurrency";

    private final ControlPlane functions;
    private final AliasControl aliases;

    ControlPlaneRoutes(ControlPlane functions, AliasControl aliases) {
        this.functions = functions;
        this.aliases = aliases;
    }

    void register(Javalin app) {
        registerFunctions(app);
        registerVersionsAndAliases(app);
        app.put(CONCURRENCY_PUT, ctx -> JsonBodies.write(ctx, 200,
                aliases.putConcurrency(name(ctx), JsonBodies.read(ctx, Concurrency.class))));
        app.get(CONCURRENCY_GET, ctx -> JsonBodies.write(ctx, 200, aliases.getConcurrency(name(ctx))));
        app.delete(CONCURRENCY_PUT, ctx -> {
            aliases.deleteConcurrency(name(ctx));
            ctx.status(204);
        });
    }

    private void registerFunctions(Javalin app) {
        app.post(LambdaApi.FUNCTIONS_PATH, ctx -> JsonBodies.write(ctx, 201,
                functions.create(JsonBodies.read(ctx, CreateFunctionRequest.class))));
        app.get(LambdaApi.FUNCTIONS_PATH, this::listFunctions);
        app.get(LambdaApi.FUNCTIONS_PATH + "/", this::listFunctions);
        app.get(FUNCTION, ctx -> JsonBodies.write(ctx, 200, functions.get(name(ctx), qualifier(ctx))));
        app.delete(FUNCTION, ctx -> {
            functions.delete(name(ctx), qualifier(ctx));
            ctx.status(204);
        });
        app.get(FUNCTION + "/configuration", ctx -> JsonBodies.write(ctx, 200,
                functions.getConfiguration(name(ctx), qualifier(ctx))));
        app.put(FUNCTION + "/configuration", ctx -> JsonBodies.write(ctx, 200, functions.updateConfiguration(
                name(ctx), required(JsonBodies.read(ctx, UpdateFunctionConfigurationRequest.class)))));
        app.put(FUNCTION + "/code", ctx -> JsonBodies.write(ctx, 200, functions.updateCode(name(ctx),
                required(JsonBodies.read(ctx, UpdateFunctionCodeRequest.class)))));
    }

    private void registerVersionsAndAliases(Javalin app) {
        app.post(FUNCTION + "/versions", ctx -> JsonBodies.write(ctx, 201,
                functions.publishVersion(name(ctx), JsonBodies.read(ctx, PublishVersionRequest.class))));
        app.get(FUNCTION + "/versions", ctx -> JsonBodies.write(ctx, 200, functions.listVersions(name(ctx))));
        app.post(ALIASES, ctx -> JsonBodies.write(ctx, 201,
                aliases.create(name(ctx), required(JsonBodies.read(ctx, CreateAliasRequest.class)))));
        app.get(ALIASES, ctx -> JsonBodies.write(ctx, 200, aliases.list(name(ctx))));
        app.get(ALIASES + "/{alias}", ctx -> JsonBodies.write(ctx, 200, aliases.get(name(ctx), alias(ctx))));
        app.put(ALIASES + "/{alias}", ctx -> JsonBodies.write(ctx, 200, aliases.update(name(ctx), alias(ctx),
                required(JsonBodies.read(ctx, UpdateAliasRequest.class)))));
        app.delete(ALIASES + "/{alias}", ctx -> {
            aliases.delete(name(ctx), alias(ctx));
            ctx.status(204);
        });
    }

    private void listFunctions(Context ctx) {
        JsonBodies.write(ctx, 200, functions.list(ctx.queryParam(LambdaApi.QUERY_MARKER), maxItems(ctx)));
    }

    private static Integer maxItems(Context ctx) {
        String value = ctx.queryParam(LambdaApi.QUERY_MAX_ITEMS);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw PlatformException.invalidParameter(LambdaApi.QUERY_MAX_ITEMS + " must be a whole number, not '"
                    + value + "'");
        }
    }

    /** @return the function name, with any ARN or qualifier form reduced to the bare name */
    static String name(Context ctx) {
        return FunctionNames.parse(decoded(ctx.pathParam("name")), null).name();
    }

    /** @return the qualifier, from the query or from a qualified name in the path */
    static String qualifier(Context ctx) {
        return FunctionNames.parse(decoded(ctx.pathParam("name")),
                ctx.queryParam(LambdaApi.QUERY_QUALIFIER)).qualifier();
    }

    private static String alias(Context ctx) {
        return decoded(ctx.pathParam("alias"));
    }

    static String decoded(String segment) {
        return segment.indexOf('%') < 0 ? segment : URLDecoder.decode(segment, StandardCharsets.UTF_8);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw PlatformException.invalidContent("A JSON request body is required", null);
        }
        return body;
    }
}
