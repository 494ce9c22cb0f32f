package io.fusionize.platform.instance;

import io.fusionize.platform.state.FunctionVersion;
import java.util.List;
import java.util.Map;

/** Placeholder until archives are recorded: no extra options. */
public final class ClassDataSharing {

    /**
     * @param version the version an instance runs
     * @param classpath its class path
     * @param environment its environment
     * @return extra JVM options
     */
    public List<String> optionsFor(FunctionVersion version, String classpath, Map<String, String> environment) {
        return List.of();
    }
}
