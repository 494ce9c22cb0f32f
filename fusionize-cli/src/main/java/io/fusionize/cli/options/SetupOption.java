package io.fusionize.cli.options;

import io.fusionize.api.Application;
import io.fusionize.cli.support.SetupSources;
import io.fusionize.core.setup.Setup;
import picocli.CommandLine.Option;

/** {@code --setup SETUP}: the setup a command runs or deploys; required. */
public final class SetupOption {

    @Option(names = "--setup", required = true, paramLabel = "SETUP",
            description = "all-remote, all-local, a setup in text form (e.g. \"I+CW+SE@512, CT@128\"),"
                    + " or a file holding a setup (JSON, or the text form).")
    private String source;

    /** @return {@value SetupSources#ALL_REMOTE}, {@value SetupSources#ALL_LOCAL}, a text form or a file name, as given */
    public String source() {
        return source;
    }

    /**
     * @param application the application the setup is for
     * @return the setup
     * @throws io.fusionize.cli.support.UserInputException when the file cannot be read
     * @throws io.fusionize.core.setup.SetupFormatException when it is malformed
     */
    public Setup load(Application application) {
        return SetupSources.load(source, application);
    }
}
