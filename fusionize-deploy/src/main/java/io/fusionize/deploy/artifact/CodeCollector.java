package io.fusionize.deploy.artifact;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypePath;

/**
 * Adds the classes one method names. Its declaration (annotations) is structural. In its code, the
 * descriptors of the members it invokes or accesses and the caught exception types are structural;
 * the classes the code names otherwise (created, cast to, tested, owners of members, class literals,
 * local variables, stack map frames, bootstrap methods) are body references.
 */
final class CodeCollector extends MethodVisitor {

    private final TypeNames structural;
    private final TypeNames body;

    /**
     * @param structural where structural references go
     * @param body where body references go
     */
    CodeCollector(TypeNames structural, TypeNames body) {
        super(ReferenceCollector.API);
        this.structural = structural;
        this.body = body;
    }

    @Override
    public AnnotationVisitor visitAnnotationDefault() {
        return AnnotationCollector.of(structural, null);
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
    public AnnotationVisitor visitParameterAnnotation(int parameter, String descriptor, boolean visible) {
        return AnnotationCollector.of(structural, descriptor);
    }

    @Override
    public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
        addFrameTypes(numLocal, local);
        addFrameTypes(numStack, stack);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        body.addInternalName(type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        body.addInternalName(owner);
        structural.addDescriptor(descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        body.addInternalName(owner);
        structural.addDescriptor(descriptor);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrapMethodHandle,
            Object... bootstrapMethodArguments) {
        structural.addDescriptor(descriptor);
        addHandle(bootstrapMethodHandle);
        for (Object argument : bootstrapMethodArguments) {
            addConstant(argument);
        }
    }

    @Override
    public void visitLdcInsn(Object value) {
        addConstant(value);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
        body.addDescriptor(descriptor);
    }

    @Override
    public AnnotationVisitor visitInsnAnnotation(int typeRef, TypePath typePath, String descriptor,
            boolean visible) {
        return AnnotationCollector.of(body, descriptor);
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        // The verifier loads every caught type to check that it is a Throwable.
        structural.addInternalName(type);
    }

    @Override
    public AnnotationVisitor visitTryCatchAnnotation(int typeRef, TypePath typePath, String descriptor,
            boolean visible) {
        return AnnotationCollector.of(body, descriptor);
    }

    @Override
    public void visitLocalVariable(String name, String descriptor, String signature, Label start, Label end,
            int index) {
        // Local variables are debug information about the body; loading the class never needs their types.
        body.addDescriptor(descriptor);
        body.addTypeSignature(signature);
    }

    @Override
    public AnnotationVisitor visitLocalVariableAnnotation(int typeRef, TypePath typePath, Label[] start,
            Label[] end, int[] index, String descriptor, boolean visible) {
        return AnnotationCollector.of(body, descriptor);
    }

    private void addFrameTypes(int count, Object[] types) {
        for (int i = 0; i < count; i++) {
            if (types[i] instanceof String internalName) {
                body.addInternalName(internalName);
            }
        }
    }

    /** A loadable constant: a class, a method type, a method handle or a dynamic constant. */
    private void addConstant(Object value) {
        if (value instanceof Type type) {
            // A method type is a descriptor; a class constant is a class the code names.
            (type.getSort() == Type.METHOD ? structural : body).addType(type);
        } else if (value instanceof Handle handle) {
            addHandle(handle);
        } else if (value instanceof ConstantDynamic dynamic) {
            addDynamic(dynamic);
        }
    }

    private void addHandle(Handle handle) {
        body.addInternalName(handle.getOwner());
        structural.addDescriptor(handle.getDesc());
    }

    private void addDynamic(ConstantDynamic dynamic) {
        structural.addDescriptor(dynamic.getDescriptor());
        addHandle(dynamic.getBootstrapMethod());
        for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
            addConstant(dynamic.getBootstrapMethodArgument(i));
        }
    }
}
