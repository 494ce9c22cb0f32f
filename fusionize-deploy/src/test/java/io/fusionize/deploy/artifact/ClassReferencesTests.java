package io.fusionize.deploy.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

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

    private static byte[] classFile(String internalName) throws IOException {
        try (InputStream in = ClassReferencesTests.class.getClassLoader()
                .getResourceAsStream(internalName + ".class")) {
            return in.readAllBytes();
        }
    }
}
