package io.fusionize.deploy.artifact;

import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;

/**
 * The classes one class file refers to, read with ASM.
 *
 * <p>Two kinds are told apart. <em>Structural</em> references are what loading and verifying the
 * class may need: its superclass, its interfaces, every type named in a descriptor or generic
 * signature (fields, methods, record components, invoked and accessed members, call sites, method
 * handles and types), the exception types its code catches, and the annotations on its
 * declarations. <em>Body</em> references are the remaining classes: types that only method bodies
 * name, such as helpers a task creates while it runs, classes it casts to, class literals, local
 * variables, throws clauses, and inner, nest and enclosing classes. Both sets hold internal names
 * ({@code a/b/C}); array and primitive descriptors are unwrapped.
 *
 * @param structural references needed to load the class
 * @param body references only code inside method bodies needs
 */
public record ClassReferences(Set<String> structural, Set<String> body) {

    private static final int MAGIC = 0xCAFEBABE;
    private static final int HEADER_BYTES = 10;

    /** Freezes both sets. */
    public ClassReferences {
        structural = Set.copyOf(structural);
        body = Set.copyOf(body);
    }

    /** @return structural and body references together */
    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>(structural);
        all.addAll(body);
        return all;
    }

    /**
     * Parses a class file.
     *
     * @param classFile the class file's bytes
     * @return its references, without the class itself
     * @throws IllegalArgumentException when the bytes are not a class file ASM can read
     */
    public static ClassReferences of(byte[] classFile) {
        requireMagic(classFile);
        try {
            return ReferenceCollector.collect(new ClassReader(classFile));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // ASM reports truncated or unsupported class files with these unchecked exceptions.
            throw new IllegalArgumentException("not a readable class file: " + e.getMessage(), e);
        }
    }

    private static void requireMagic(byte[] classFile) {
        // ASM checks only the version, so bytes that merely look versioned are refused here.
        if (classFile.length < HEADER_BYTES || readInt(classFile) != MAGIC) {
            throw new IllegalArgumentException("not a class file (bad magic number)");
        }
    }

    private static int readInt(byte[] bytes) {
        return (bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | (bytes[3] & 0xFF);
    }
}
