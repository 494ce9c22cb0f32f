package io.fusionize.monitor.internal;

import io.fusionize.protocol.fusion.FunctionNaming;
import java.util.OptionalInt;

/** Reads the setup version out of the version text a platform reports. */
public final class SetupVersions {

    private SetupVersions() {
    }

    /**
     * @param version a reported function version: {@code 3}, or the alias {@code v3}
     * @return the setup version, or {@code null} when the text names none (such as {@code $LATEST})
     */
    public static Integer parse(String version) {
        if (version == null) {
            return null;
        }
        OptionalInt alias = FunctionNaming.setupVersion(version);
        if (alias.isPresent()) {
            return alias.getAsInt();
        }
        try {
            return Integer.valueOf(version);
        } catch (NumberFormatException notAVersion) {
            return null;
        }
    }
}
