package io.fusionize.platform.internal.api;

import io.fusionize.protocol.lambda.LambdaApi;
import io.javalin.Javalin;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/** Creates the platform's Javalin servers with the settings both share. */
final class HttpServers {

    /** Largest request body: a 50 MB zip, base64-encoded, with room to spare. */
    static final long MAX_REQUEST_BYTES = 100L * 1024 * 1024;

    private HttpServers() {
    }

    /**
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param idleTimeout how long a connection may stay silent while the server waits to read from
     *     it; blocking reads of a request body and idle kept-alive connections end after it
     * @param front a handler that sees every request first and passes on what it does not serve
     * @return an unstarted server without banner or compression
     */
    static Javalin create(String host, int port, Duration idleTimeout, HandlerWrapper front) {
        return Javalin.create(config -> {
            // Javalin nests its own handler inside a wrapper it finds on the server
            config.jetty.modifyServer(server -> {
                server.setHandler(front);
                server.setErrorHandler(new LambdaShapedErrorHandler());
            });
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.disableCompression();
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.defaultContentType = LambdaApi.CONTENT_TYPE_JSON;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendDateHeader(false);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(host);
                connector.setPort(port);
                connector.setIdleTimeout(idleTimeout.toMillis());
                return connector;
            });
        });
    }
}
