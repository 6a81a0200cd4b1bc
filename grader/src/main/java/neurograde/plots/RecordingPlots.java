package neurograde.plots;

import java.lang.reflect.Field;
import java.util.function.BiConsumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Turns the course's {@code Plots} class file into one that draws nothing and writes nothing, but
 * hands each call of a public static method (its name and arguments) to a recorder: so the grader
 * sees what a submission asked to draw, and needs no chart library or files where student code
 * runs. Every public static method of {@code Plots} is forwarded, whatever its name, so the shim
 * keeps up with the course's class by itself; the other methods do nothing.
 *
 * <p>The recorder is a JDK type ({@link BiConsumer}) held in a private static field, so the shim
 * can live in a class loader that sees nothing of the grader; {@link #connect} sets it once.
 */
public final class RecordingPlots {

  /** The field holding the recorder; no course class has a field of this name. */
  static final String FIELD = "$recorder";

  private static final String CONSUMER = "java/util/function/BiConsumer";

  private RecordingPlots() {}

  /** Returns the recording shim of a {@code Plots} class file. */
  public static byte[] shim(byte[] plots) {
    ClassReader reader = new ClassReader(plots);
    String owner = reader.getClassName();
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String descriptor, String signature, String[] exceptions) {
            boolean forwarded =
                (access & Opcodes.ACC_PUBLIC) != 0
                    && (access & Opcodes.ACC_STATIC) != 0
                    && !name.startsWith("<");
            if (!forwarded && !name.equals("<init>")) {
              return null; // helpers that draw: nothing calls them, and their types are not here
            }
            MethodVisitor method =
                super.visitMethod(access, name, descriptor, signature, exceptions);
            method.visitCode();
            if (forwarded) {
              forward(method, owner, name, descriptor);
            } else if (name.equals("<init>")) {
              method.visitVarInsn(Opcodes.ALOAD, 0);
              method.visitMethodInsn(
                  Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            }
            returnDefault(method, Type.getReturnType(descriptor));
            method.visitMaxs(0, 0);
            method.visitEnd();
            return null;
          }

          @Override
          public void visitEnd() {
            super.visitField(
                    Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_VOLATILE,
                    FIELD,
                    "L" + CONSUMER + ";",
                    null,
                    null)
                .visitEnd();
            super.visitEnd();
          }
        },
        ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }

  /**
   * Connects a loaded shim to its recorder; once only, before any submission code can call it.
   *
   * @throws IllegalStateException if the class is not a shim, or is connected already
   */
  public static void connect(Class<?> shim, BiConsumer<String, Object[]> recorder) {
    try {
      Field field = shim.getDeclaredField(FIELD);
      field.setAccessible(true);
      if (field.get(null) != null) {
        throw new IllegalStateException(shim.getName() + " is connected already");
      }
      field.set(null, recorder);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(shim.getName() + " is not a recording Plots class", e);
    }
  }

  /** {@code recorder = FIELD; if (recorder != null) recorder.accept(name, new Object[] {args});} */
  private static void forward(MethodVisitor method, String owner, String name, String descriptor) {
    Type[] arguments = Type.getArgumentTypes(descriptor);
    int local = 0;
    for (Type argument : arguments) {
      local += argument.getSize();
    }
    Label skip = new Label();
    method.visitFieldInsn(Opcodes.GETSTATIC, owner, FIELD, "L" + CONSUMER + ";");
    method.visitVarInsn(Opcodes.ASTORE, local);
    method.visitVarInsn(Opcodes.ALOAD, local);
    method.visitJumpInsn(Opcodes.IFNULL, skip);
    method.visitVarInsn(Opcodes.ALOAD, local);
    method.visitLdcInsn(name);
    method.visitLdcInsn(arguments.length);
    method.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
    int slot = 0;
    for (int i = 0; i < arguments.length; i++) {
      method.visitInsn(Opcodes.DUP);
      method.visitLdcInsn(i);
      method.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slot);
      box(method, arguments[i]);
      method.visitInsn(Opcodes.AASTORE);
      slot += arguments[i].getSize();
    }
    method.visitMethodInsn(
        Opcodes.INVOKEINTERFACE,
        CONSUMER,
        "accept",
        "(Ljava/lang/Object;Ljava/lang/Object;)V",
        true);
    method.visitLabel(skip);
  }

  private static void box(MethodVisitor method, Type type) {
    String wrapper =
        switch (type.getSort()) {
          case Type.BOOLEAN -> "java/lang/Boolean";
          case Type.CHAR -> "java/lang/Character";
          case Type.BYTE -> "java/lang/Byte";
          case Type.SHORT -> "java/lang/Short";
          case Type.INT -> "java/lang/Integer";
          case Type.FLOAT -> "java/lang/Float";
          case Type.LONG -> "java/lang/Long";
          case Type.DOUBLE -> "java/lang/Double";
          default -> null;
        };
    if (wrapper != null) {
      method.visitMethodInsn(
          Opcodes.INVOKESTATIC,
          wrapper,
          "valueOf",
          "(" + type.getDescriptor() + ")L" + wrapper + ";",
          false);
    }
  }

  private static void returnDefault(MethodVisitor method, Type returned) {
    switch (returned.getSort()) {
      case Type.VOID -> method.visitInsn(Opcodes.RETURN);
      case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT -> {
        method.visitInsn(Opcodes.ICONST_0);
        method.visitInsn(Opcodes.IRETURN);
      }
      case Type.LONG -> {
        method.visitInsn(Opcodes.LCONST_0);
        method.visitInsn(Opcodes.LRETURN);
      }
      case Type.FLOAT -> {
        method.visitInsn(Opcodes.FCONST_0);
        method.visitInsn(Opcodes.FRETURN);
      }
      case Type.DOUBLE -> {
        method.visitInsn(Opcodes.DCONST_0);
        method.visitInsn(Opcodes.DRETURN);
      }
      default -> {
        method.visitInsn(Opcodes.ACONST_NULL);
        method.visitInsn(Opcodes.ARETURN);
      }
    }
  }
}
