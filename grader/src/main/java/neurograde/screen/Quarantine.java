package neurograde.screen;

import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a class: quarantined methods get a body that only throws, and {@code new Random()} gets
 * a fixed seed.
 */
final class Quarantine {

  private Quarantine() {}

  static byte[] rewrite(byte[] bytes, Map<MethodRef, Violation> quarantined) {
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    String owner = reader.getClassName();
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String descriptor, String signature, String[] exceptions) {
            Violation violation = quarantined.get(new MethodRef(owner, name, descriptor));
            if (violation != null && (access & Opcodes.ACC_ABSTRACT) == 0) {
              MethodVisitor method =
                  super.visitMethod(
                      access & ~Opcodes.ACC_NATIVE, name, descriptor, signature, exceptions);
              throwOnly(method, message(violation), descriptor, access);
              return null;
            }
            return new SeedRandom(
                super.visitMethod(access, name, descriptor, signature, exceptions));
          }
        },
        0);
    return writer.toByteArray();
  }

  static String message(Violation violation) {
    return "the grader blocked "
        + violation.methodName()
        + ": it "
        + violation.why()
        + (violation.line() == null
            ? ""
            : " (" + violation.sourceFile() + ":" + violation.line() + ")");
  }

  private static void throwOnly(
      MethodVisitor method, String message, String descriptor, int access) {
    method.visitCode();
    method.visitTypeInsn(Opcodes.NEW, "java/lang/SecurityException");
    method.visitInsn(Opcodes.DUP);
    method.visitLdcInsn(message);
    method.visitMethodInsn(
        Opcodes.INVOKESPECIAL,
        "java/lang/SecurityException",
        "<init>",
        "(Ljava/lang/String;)V",
        false);
    method.visitInsn(Opcodes.ATHROW);
    int locals =
        (Type.getArgumentsAndReturnSizes(descriptor) >> 2)
            - ((access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
    method.visitMaxs(3, Math.max(locals, 1));
    method.visitEnd();
  }

  /**
   * Gives unseeded randomness a fixed seed, so a submission behaves the same on every run: {@code
   * new Random()} and {@code new SplittableRandom()} get the seed, {@code Math.random()} and {@code
   * Collections.shuffle(list)} draw from {@link SeededRandom}.
   */
  private static final class SeedRandom extends MethodVisitor {
    SeedRandom(MethodVisitor next) {
      super(Opcodes.ASM9, next);
    }

    @Override
    public void visitMethodInsn(
        int opcode, String owner, String name, String descriptor, boolean isInterface) {
      boolean unseeded =
          opcode == Opcodes.INVOKESPECIAL
              && name.equals("<init>")
              && descriptor.equals("()V")
              && (owner.equals("java/util/Random") || owner.equals("java/util/SplittableRandom"));
      if (unseeded) {
        super.visitLdcInsn(BytecodeScreen.RANDOM_SEED);
        super.visitMethodInsn(opcode, owner, name, "(J)V", isInterface);
      } else if (opcode == Opcodes.INVOKESTATIC
          && name.equals("random")
          && descriptor.equals("()D")
          && (owner.equals("java/lang/Math") || owner.equals("java/lang/StrictMath"))) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, SeededRandom.NAME, "random", "()D", false);
      } else if (opcode == Opcodes.INVOKESTATIC
          && owner.equals("java/util/Collections")
          && name.equals("shuffle")
          && descriptor.equals("(Ljava/util/List;)V")) {
        super.visitMethodInsn(
            Opcodes.INVOKESTATIC, SeededRandom.NAME, "rng", "()Ljava/util/Random;", false);
        super.visitMethodInsn(
            Opcodes.INVOKESTATIC, owner, name, "(Ljava/util/List;Ljava/util/Random;)V", false);
      } else {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
      }
    }

    /** The same for a method reference ({@code Math::random}, {@code Random::new}, ...). */
    @Override
    public void visitInvokeDynamicInsn(
        String name, String descriptor, Handle bootstrap, Object... arguments) {
      Object[] seeded = arguments.clone();
      for (int i = 0; i < seeded.length; i++) {
        if (seeded[i] instanceof Handle handle) {
          seeded[i] = seeded(handle);
        }
      }
      super.visitInvokeDynamicInsn(name, descriptor, bootstrap, seeded);
    }

    private static Handle seeded(Handle handle) {
      String owner = handle.getOwner();
      String target =
          switch (handle.getTag()) {
            case Opcodes.H_NEWINVOKESPECIAL ->
                handle.getDesc().equals("()V")
                        && (owner.equals("java/util/Random")
                            || owner.equals("java/util/SplittableRandom"))
                    ? "new" + owner.substring(owner.lastIndexOf('/') + 1)
                    : null;
            case Opcodes.H_INVOKESTATIC ->
                handle.getName().equals("random")
                        && handle.getDesc().equals("()D")
                        && (owner.equals("java/lang/Math") || owner.equals("java/lang/StrictMath"))
                    ? "random"
                    : handle.getName().equals("shuffle")
                            && handle.getDesc().equals("(Ljava/util/List;)V")
                            && owner.equals("java/util/Collections")
                        ? "shuffle"
                        : null;
            default -> null;
          };
      if (target == null) {
        return handle;
      }
      String descriptor =
          handle.getTag() == Opcodes.H_NEWINVOKESPECIAL ? "()L" + owner + ";" : handle.getDesc();
      return new Handle(Opcodes.H_INVOKESTATIC, SeededRandom.NAME, target, descriptor, false);
    }
  }
}
