package io.fusionize.cli.support;

import io.fusionize.deploy.lambda.LambdaClients;
import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.LambdaClient;

/** Turns failures to talk to a platform into one line that says what to do. */
public final class PlatformErrors {

    private PlatformErrors() {
    }

    /**
     * Asks a running platform for its functions, so that an unreachable platform or a refused
     * token shows before anything is packaged.
     *
     * @param platform the platform's address
     * @param token its bearer token
     * @param tokenFile where the token came from
     * @throws UserInputException when the platform cannot be reached or refuses the token
     */
    public static void requireReachable(URI platform, String token, Path tokenFile) {
        try (LambdaClient lambda = LambdaClients.forLocalPlatform(platform, token)) {
            lambda.listFunctions();
        } catch (RuntimeException e) {
            throw explain(e, platform, tokenFile);
        }
    }

    /**
     * @param failure what a call to the platform threw
     * @param platform the platform's address
     * @param tokenFile where the token came from
     * @return a {@link UserInputException} when the cause is unreachability or a refused token;
     *     otherwise the failure itself
     */
    public static RuntimeException explain(RuntimeException failure, URI platform, Path tokenFile) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AwsServiceException service
                    && (service.statusCode() == 401 || service.statusCode() == 403)) {
                return new UserInputException("the platform at " + platform + " refused the token in " + tokenFile
                        + " (" + service.awsErrorDetails().errorMessage() + "); give --state the directory that"
                        + " platform was started with");
            }
            if (cause instanceof SdkClientException) {
                return new UserInputException("cannot reach a platform at " + platform + " (" + cause.getMessage()
                        + "); start one with 'fusionize platform start' or give its address with --platform");
            }
        }
        return failure;
    }
}
