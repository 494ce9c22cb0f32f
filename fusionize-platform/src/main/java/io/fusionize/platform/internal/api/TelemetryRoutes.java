package io.fusionize.platform.internal.api;

import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.report.TelemetryBuffer;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.telemetry.TelemetryPage;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * The telemetry route: {@code GET} {@link TelemetryPage#PATH}{@code ?after=SEQ&waitMs=MS}
 * answers the reports and log lines after {@code SEQ}, long-polling up to {@code MS} when there is
 * none yet.
 */
final class TelemetryRoutes {

    /** Most items in one answer. */
    static final int MAX_ITEMS = 5_000;

    private final TelemetryBuffer telemetry;

    TelemetryRoutes(TelemetryBuffer telemetry) {
        this.telemetry = telemetry;
    }

    void register(Javalin app) {
        app.get(TelemetryPage.PATH, this::read);
    }

    private void read(Context ctx) throws InterruptedException {
        long after = number(ctx, TelemetryPage.QUERY_AFTER, 0);
        long waitMs = Math.min(number(ctx, TelemetryPage.QUERY_WAIT_MS, 0), TelemetryPage.MAX_WAIT_MS);
        TelemetryPage page = telemetry.read(after, waitMs, MAX_ITEMS);
        try {
            // the report mapper keeps null fields, so every report reads as in reports.jsonl
            ctx.status(200).contentType(LambdaApi.CONTENT_TYPE_JSON)
                    .result(ProtocolJson.mapper().writeValueAsBytes(page));
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize telemetry", e);
        }
    }

    private static long number(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw PlatformException.invalidParameter(name + " must not be negative, not " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw PlatformException.invalidParameter(name + " must be a whole number, not '" + value + "'");
        }
    }
}
