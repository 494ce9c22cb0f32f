package io.fusionize.deploy.artifact;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Type;

/** Adds the classes an annotation names: its type, enum constants' types, class values, nested annotations. */
final class AnnotationCollector extends AnnotationVisitor {

    private final TypeNames names;

    private AnnotationCollector(TypeNames names) {
        super(ReferenceCollector.API);
        this.names = names;
    }

    /**
     * @param names where the classes go
     * @param descriptor the annotation's type descriptor, or null for a default value
     * @return a visitor for the annotation's values
     */
    static AnnotationVisitor of(TypeNames names, String descriptor) {
        names.addDescriptor(descriptor);
        return new AnnotationCollector(names);
    }

    @Override
    public void visit(String name, Object value) {
        if (value instanceof Type type) {
            names.addType(type);
        }
    }

    @Override
    public void visitEnum(String name, String descriptor, String value) {
        names.addDescriptor(descriptor);
    }

    @Override
    public AnnotationVisitor visitAnnotation(String name, String descriptor) {
        return of(names, descriptor);
    }

    @Override
    public AnnotationVisitor visitArray(String name) {
        return this;
    }
}
