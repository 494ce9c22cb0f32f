package io.fusionize.cli.run;

import io.fusionize.cli.support.UserInputException;
import io.fusionize.deploy.loop.PlatformConnection;
import io.fusionize.platform.LocalPlatform;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens the platform {@code fusionize run} deploys to: a running one, or one embedded in the command. */
final class LoopPlatforms {

    /** Where, inside the loop's state directory, an embedded platform keeps its own state. */
    static final String EMBEDDED_STATE = "platform";

    private LoopPlatforms() {
    }

    /**
     * @param stateDirectory the loop's state directory
     * @param platform a running platform, or {@code null} to start one in this process
     * @param token the running platform's token; ignored for an embedded one
     * @param say receives what a started platform says about itself, one line each
     * @return the connection; closing it stops an embedded platform
     * @throws UserInputException when the embedded platform cannot start, e.g. because another
     *     process uses its state directory
     */
    static PlatformConnection open(Path stateDirectory, URI platform, String token, Consumer<String> say) {
        if (platform != null) {
            return PlatformConnection.remote(platform, token);
        }
        try {
            LocalPlatform embedded = LocalPlatform.builder().stateDir(stateDirectory.resolve(EMBEDDED_STATE)).port(0)
                    .build().start();
            embedded.startupSummary().forEach(say);
            return PlatformConnection.embedded(embedded);
        } catch (IllegalStateException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
