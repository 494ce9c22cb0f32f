package io.fusionize.platform.internal.state;

import io.fusionize.platform.internal.dto.AliasConfiguration;
import io.fusionize.platform.internal.dto.CodeLocation;
import io.fusionize.platform.internal.dto.Environment;
import io.fusionize.platform.internal.dto.FunctionConfiguration;
import java.util.List;

/** Renders internal state as Lambda's response shapes. */
final class ConfigurationViews {

    private static final String ROLE = "arn:aws:iam::000000000000:role/fusionize-local";

    private final FunctionNames names;
    private final CodeStore codeStore;

    ConfigurationViews(FunctionNames names, CodeStore codeStore) {
        this.names = names;
        this.codeStore = codeStore;
    }

    FunctionConfiguration configuration(FunctionVersion version) {
        FunctionSettings settings = version.settings();
        String qualifier = version.isLatest() ? null : version.version();
        return new FunctionConfiguration(version.functionName(), names.arn(version.functionName(), qualifier),
                settings.runtime(), ROLE, settings.handler(), version.codeSize(), settings.description(),
                settings.timeoutSeconds(), settings.memoryMb(), version.lastModified(), version.codeSha256(),
                version.version(), new Environment(settings.sortedEnvironment()), version.revisionId(), "Active",
                "Successful", "Zip", List.of("x86_64"));
    }

    CodeLocation codeLocation(FunctionVersion version) {
        return new CodeLocation("Local", codeStore.directoryOf(version.codeSha256()).toString());
    }

    AliasConfiguration alias(String functionName, Alias alias) {
        return new AliasConfiguration(names.arn(functionName, alias.name()), alias.name(), alias.functionVersion(),
                alias.description(), alias.revisionId());
    }
}
