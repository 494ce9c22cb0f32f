package io.fusionize.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the CLI's jar manifest. */
public final class VersionProvider implements IVersionProvider {

    /** @return one line naming the product and its version */
    @Override
    public String[] getVersion() {
        String version = Fusionize.class.getPackage().getImplementationVersion();
        return new String[] {"fusionize " + (version == null ? "(development build)" : version)};
    }
}
