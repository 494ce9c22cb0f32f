package io.fusionize.deploy.e2e;

import io.fusionize.deploy.lambda.LambdaClients;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** An embedded local platform with a client and everything it reported, for one test class. */
final class LocalPlatformFixture implements AutoCloseable {

    final LocalPlatform platform;
    final LambdaClient lambda;
    final List<InvocationReport> reports = new CopyOnWriteArrayList<>();
    final List<String> logLines = new CopyOnWriteArrayList<>();

    LocalPlatformFixture(Path stateDirectory) {
        platform = LocalPlatform.builder().stateDir(stateDirectory).port(0).build();
        platform.start();
        platform.addReportListener(reports::add);
        platform.addLogListener((function, version, requestId, line) -> logLines.add(line));
        lambda = LambdaClients.forLocalPlatform(platform.uri(), platform.token());
    }

    @Override
    public void close() {
        lambda.close();
        platform.close();
    }
}
