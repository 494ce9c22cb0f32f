package io.fusionize.cli.support;

import io.fusionize.platform.StateLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the bearer token a running platform wrote to its state directory. */
public final class PlatformToken {

    private PlatformToken() {
    }

    /**
     * @param stateDirectory the state directory the platform was started with
     * @return the token
     * @throws UserInputException when the directory holds no readable token
     */
    public static String read(Path stateDirectory) {
        Path file = StateLayout.tokenFile(stateDirectory);
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("no platform token at " + file + "; give --state the directory the"
                    + " platform was started with ('fusionize platform start --state DIR')");
        }
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (token.isEmpty()) {
                throw new UserInputException("the platform token file " + file + " is empty");
            }
            return token;
        } catch (IOException e) {
            throw new UserInputException("cannot read the platform token " + file + ": " + e.getMessage());
        }
    }
}
