package io.fusionize.testkit;

import io.fusionize.core.setup.Setup;
import java.util.List;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** One invocation of a test template: the test runs once with this setup as its parameter. */
final class SetupInvocation implements TestTemplateInvocationContext, ParameterResolver {

    private final NamedSetup setup;

    SetupInvocation(NamedSetup setup) {
        this.setup = setup;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return setup.toString();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(this);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return takesSetup(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Setup.class ? setup.setup() : setup;
    }

    /**
     * @param type a parameter's type
     * @return whether the template gives parameters of that type
     */
    static boolean takesSetup(Class<?> type) {
        return type == NamedSetup.class || type == Setup.class;
    }
}
