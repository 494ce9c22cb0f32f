package io.fusionize.deploy.artifact;

import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.RecordComponentVisitor;
import org.objectweb.asm.TypePath;

/**
 * Sorts the classes one class file names into structural and body references while ASM reads it.
 * The class's header, its members' descriptors and signatures, and all annotations on its
 * declarations are structural; what the method bodies name is sorted by {@link CodeCollector};
 * inner, nest, permitted and enclosing classes and the throws clauses are body references.
 */
final class ReferenceCollector extends ClassVisitor {

    /** The ASM API level every visitor of this package asks for. */
    static final int API = Opcodes.ASM9;

    private static final int CONSTANT_CLASS = 7;

    private final TypeNames structural = new TypeNames();
    private final TypeNames body = new TypeNames();
    private String self;

    ReferenceCollector() {
        super(API);
    }

    /**
     * Reads a class file.
     *
     * @param reader the class file
     * @return its references, without the class itself
     */
    static ClassReferences collect(ClassReader reader) {
        ReferenceCollector collector = new ReferenceCollector();
        reader.accept(collector, 0);
        collector.addClassConstants(reader);
        return collector.references();
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName,
            String[] interfaces) {
        self = name;
        structural.addInternalName(superName);
        addAll(structural, interfaces);
        structural.addSignature(signature);
    }

    @Override
    public void visitNestHost(String nestHost) {
        body.addInternalName(nestHost);
    }

    @Override
    public void visitOuterClass(String owner, String name, String descriptor) {
        // The enclosing method only matters to reflection, not to loading this class.
        body.addInternalName(owner);
        body.addDescriptor(descriptor);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return AnnotationCollector.of(structural, descriptor);
    }

    @Override
    public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor,
            boolean visible) {
        return AnnotationCollector.of(structural, descriptor);
    }

    @Override
    public void visitNestMember(String nestMember) {
        body.addInternalName(nestMember);
    }

    @Override
    public void visitPermittedSubclass(String permittedSubclass) {
        body.addInternalName(permittedSubclass);
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
        body.addInternalName(name);
        body.addInternalName(outerName);
    }

    @Override
    public RecordComponentVisitor visitRecordComponent(String name, String descriptor, String signature) {
        structural.addDescriptor(descriptor);
        structural.addTypeSignature(signature);
        return new RecordComponentAnnotations(structural);
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        structural.addDescriptor(descriptor);
        structural.addTypeSignature(signature);
        return new FieldAnnotations(structural);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
            String[] exceptions) {
        structural.addDescriptor(descriptor);
        structural.addSignature(signature);
        // A throws clause is not resolved when the class loads or verifies.
        addAll(body, exceptions);
        return new CodeCollector(structural, body);
    }

    /** Class constants no visited attribute names (a non-standard attribute's, say) still count as body references. */
    private void addClassConstants(ClassReader reader) {
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int index = 1; index < reader.getItemCount(); index++) {
            int offset = reader.getItem(index);
            // The second slot of a long or double constant has no entry of its own.
            if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_CLASS) {
                body.addInternalName(reader.readUTF8(offset, buffer));
            }
        }
    }

    private ClassReferences references() {
        Set<String> bodyOnly = new LinkedHashSet<>(body.names());
        bodyOnly.removeAll(structural.names());
        Set<String> structuralOnly = new LinkedHashSet<>(structural.names());
        structuralOnly.remove(self);
        bodyOnly.remove(self);
        return new ClassReferences(structuralOnly, bodyOnly);
    }

    private static void addAll(TypeNames names, String[] internalNames) {
        if (internalNames != null) {
            for (String internalName : internalNames) {
                names.addInternalName(internalName);
            }
        }
    }

    /** Adds the types of a field's annotations. */
    private static final class FieldAnnotations extends FieldVisitor {

        private final TypeNames names;

        FieldAnnotations(TypeNames names) {
            super(API);
            this.names = names;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return AnnotationCollector.of(names, descriptor);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor,
                boolean visible) {
            return AnnotationCollector.of(names, descriptor);
        }
    }

    /** Adds the types of a record component's annotations. */
    private static final class RecordComponentAnnotations extends RecordComponentVisitor {

        private final TypeNames names;

        RecordComponentAnnotations(TypeNames names) {
            super(API);
            this.names = names;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            return AnnotationCollector.of(names, descriptor);
        }

        @Override
        public AnnotationVisitor visitTypeAnnotation(int typeRef, TypePath typePath, String descriptor,
                boolean visible) {
            return AnnotationCollector.of(names, descriptor);
        }
    }
}
