package io.fusionize.cli.options;

import io.fusionize.cli.support.CommandDefaults;
import io.fusionize.cli.support.PlatformErrors;
import java.net.URI;
import picocli.CommandLine.Option;

/**
 * {@code --platform URL}: the address of a running platform, reached with the token in the state
 * directory. It comes in two forms, because commands differ in what leaving it out means.
 */
public abstract class PlatformOption {

    /** @return the platform's address, or {@code null} when none was given and there is no default */
    public abstract URI address();

    /** @return whether the command talks to a running platform */
    public boolean given() {
        return address() != null;
    }

    /**
     * Reads the platform's token and asks the platform for its functions, so that an unreachable
     * platform or a refused token shows before anything else happens.
     *
     * @param state the state directory the platform was started with
     * @return the platform's bearer token
     * @throws io.fusionize.cli.support.UserInputException when there is no token, or the platform
     *     cannot be reached or refuses it
     */
    public String connect(StateDirOption state) {
        String token = state.token();
        PlatformErrors.requireReachable(address(), token, state.tokenFile());
        return token;
    }

    /**
     * @param failure what a call to the platform threw
     * @param state the state directory its token came from
     * @return see {@link PlatformErrors#explain}
     */
    public RuntimeException explain(RuntimeException failure, StateDirOption state) {
        return PlatformErrors.explain(failure, address(), state.tokenFile());
    }

    /** {@code --platform} that defaults to the address {@code fusionize platform start} listens on. */
    public static final class OrDefault extends PlatformOption {

        @Option(names = "--platform", paramLabel = "URL", defaultValue = CommandDefaults.PLATFORM_URL,
                description = "The platform's address (default: ${DEFAULT-VALUE}).")
        private URI address;

        @Override
        public URI address() {
            return address;
        }
    }

    /** {@code --platform} that may be left out, in which case the command starts a platform of its own. */
    public static final class OrEmbedded extends PlatformOption {

        @Option(names = "--platform", paramLabel = "URL",
                description = "A running platform to deploy to (default: start one in this process).")
        private URI address;

        @Override
        public URI address() {
            return address;
        }
    }
}
