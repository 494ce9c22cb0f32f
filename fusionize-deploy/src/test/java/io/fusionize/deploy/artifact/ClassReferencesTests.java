package io.fusionize.deploy.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ClassReferencesTests {

    @Test
    void separatesDeclaredTypesFromTypesOnlyMethodBodiesUse() throws IOException {
        ClassReferences refs = ClassReferences.of(classFile("io/fusionize/deploy/fixture/ShoutTask"));

        assertThat(refs.structural()).contains("io/fusionize/api/Task", "io/fusionize/api/TaskContext",
                "io/fusionize/deploy/fixture/Greeting", "java/lang/String");
        assertThat(refs.body()).contains("io/fusionize/deploy/fixture/Megaphone");
        assertThat(refs.all()).doesNotContain("io/fusionize/deploy/fixture/ShoutTask");
    }

    @Test
    void refusesBytesThatAreNoClassFile() {
        assertThatThrownBy(() -> ClassReferences.of(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a class file");
    }

    @Test
    void findsAnInnerClassNamedOnlyInsideAGenericTypeArgument() throws IOException {
        ClassReferences refs = ClassReferences.of(classFile(nested("HoldsInnerInTypeArgument")));

        assertThat(refs.structural()).contains("java/util/List", nested("Outer"), nested("Outer$Inner"));
    }

    @Test
    void keepsAHelperHeldInALocalVariableABodyReference() throws IOException {
        ClassReferences refs = ClassReferences.of(classFile(nested("KeepsHelperInLocal")));

        assertThat(refs.body()).contains(nested("Helper"));
        assertThat(refs.structural()).doesNotContain(nested("Helper"));
    }

    @Test
    void findsTheClassAMethodReferenceTargets() throws IOException {
        ClassReferences refs = ClassReferences.of(classFile(nested("ReferencesMethod")));

        assertThat(refs.body()).contains("java/lang/System");
        assertThat(refs.structural()).contains("java/util/function/Supplier");
    }

    private static String nested(String simpleName) {
        return "io/fusionize/deploy/artifact/ClassReferencesTests$" + simpleName;
    }

    private static byte[] classFile(String internalName) throws IOException {
        try (InputStream in = ClassReferencesTests.class.getClassLoader()
                .getResourceAsStream(internalName + ".class")) {
            return in.readAllBytes();
        }
    }

    /** A generic class with an inner class. */
    static final class Outer<T> {

        /** Named only in the type argument below. */
        final class Inner {
        }
    }

    /** Names {@code Outer.Inner} only in the generic signature of a field. */
    static final class HoldsInnerInTypeArgument {

        List<Outer<String>.Inner> items;
    }

    /** A helper only method bodies use. */
    static final class Helper {

        String shout(String text) {
            return text + "!";
        }
    }

    /** Keeps its helper in a local variable. */
    static final class KeepsHelperInLocal {

        String run(String text) {
            Helper helper = new Helper();
            return helper.shout(text);
        }
    }

    /** Names {@code System} only as the target of a method reference. */
    static final class ReferencesMethod {

        Supplier<String> separator() {
            return System::lineSeparator;
        }
    }
}
