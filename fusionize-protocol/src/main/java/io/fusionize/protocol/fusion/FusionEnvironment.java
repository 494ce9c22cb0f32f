package io.fusionize.protocol.fusion;

/** What a deployer gives every fusion function: environment variables and packaged resources. */
public final class FusionEnvironment {

    /** Environment variable naming the application, looked up through {@code ServiceLoader}. */
    public static final String ENV_APP = "FUSIONIZE_APP";
    /** Environment variable naming the function's entry task. */
    public static final String ENV_ENTRY = "FUSIONIZE_ENTRY";
    /** Environment variable holding the base URL of the Lambda Invoke API for remote calls. */
    public static final String ENV_INVOKE_URL = "FUSIONIZE_INVOKE_URL";
    /** Optional environment variable holding a bearer token for the Invoke API. */
    public static final String ENV_INVOKE_TOKEN = "FUSIONIZE_INVOKE_TOKEN";
    /** Classpath resource holding the setup a function artifact was built for. */
    public static final String SETUP_RESOURCE = "fusionize-setup.json";

    private FusionEnvironment() {
    }
}
