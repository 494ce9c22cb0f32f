package io.fusionize.reliability.support;

import io.fusionize.core.app.Applications;
import io.fusionize.deploy.load.ContinuousLoad;
import io.fusionize.deploy.load.GatewayRequestSender;
import io.fusionize.deploy.load.LoadRequests;
import io.fusionize.deploy.load.RequestSender;
import java.net.URI;

/** The IoT application's own requests, sent to a loop's gateway as {@code fusionize run --load} sends them. */
public final class IotLoad {

    private IotLoad() {
    }

    /**
     * @param gateway any URL of the gateway, e.g. the IoT entry's
     * @return a sender of IoT's requests, seeded with the default seed
     */
    public static RequestSender sender(URI gateway) {
        return GatewayRequestSender.of(gateway.resolve("/"), "iot",
                LoadRequests.of(Applications.find("iot"), LoadRequests.DEFAULT_SEED), ContinuousLoad.REQUEST_TIMEOUT);
    }
}
