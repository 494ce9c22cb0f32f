package io.fusionize.deploy.artifact;

import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * A growing set of internal class names ({@code a/b/C}), filled from names, descriptors and generic
 * signatures. Arrays stand for their element class; primitives and {@code void} name no class.
 */
final class TypeNames {

    private final Set<String> names = new LinkedHashSet<>();

    /** @return the names collected so far, in the order first seen */
    Set<String> names() {
        return names;
    }

    /** @param internalName a class or array name as the class file writes it; null or empty adds nothing */
    void addInternalName(String internalName) {
        if (internalName != null && !internalName.isEmpty()) {
            addType(Type.getObjectType(internalName));
        }
    }

    /** @param descriptor a field or method descriptor; null adds nothing */
    void addDescriptor(String descriptor) {
        if (descriptor != null) {
            addType(Type.getType(descriptor));
        }
    }

    /** @param type any type; a method type adds its parameter and return types */
    void addType(Type type) {
        switch (type.getSort()) {
            case Type.OBJECT -> names.add(type.getInternalName());
            case Type.ARRAY -> addType(type.getElementType());
            case Type.METHOD -> addMethodType(type);
            default -> {
                // Primitives and void name no class.
            }
        }
    }

    /** @param signature a class or method signature; null adds nothing */
    void addSignature(String signature) {
        readSignature(signature, false);
    }

    /** @param signature a field or local variable type signature; null adds nothing */
    void addTypeSignature(String signature) {
        readSignature(signature, true);
    }

    private void addMethodType(Type method) {
        for (Type argument : method.getArgumentTypes()) {
            addType(argument);
        }
        addType(method.getReturnType());
    }

    private void readSignature(String signature, boolean typeOnly) {
        if (signature == null) {
            return;
        }
        SignatureReader reader = new SignatureReader(signature);
        SignatureNames visitor = new SignatureNames(names);
        try {
            if (typeOnly) {
                reader.acceptType(visitor);
            } else {
                reader.accept(visitor);
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
            // The JVM ignores a malformed signature until reflection asks for it; the descriptor still counts.
        }
    }

    /** Adds every class a generic signature names, inner classes of generic classes included. */
    private static final class SignatureNames extends SignatureVisitor {

        private final Set<String> names;
        private String current;

        SignatureNames(Set<String> names) {
            super(ReferenceCollector.API);
            this.names = names;
        }

        @Override
        public void visitClassType(String name) {
            current = name;
            names.add(name);
        }

        @Override
        public void visitInnerClassType(String name) {
            // "Outer<T>.Inner" is the class Outer$Inner.
            current = current + '$' + name;
            names.add(current);
        }

        @Override
        public SignatureVisitor visitTypeArgument(char wildcard) {
            // A type argument is a class type of its own; a fresh visitor keeps this one's current class.
            return new SignatureNames(names);
        }
    }
}
