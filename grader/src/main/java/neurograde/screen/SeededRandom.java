package neurograde.screen;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * A class the screen adds to every submission: the seeded source that unseeded randomness in
 * student code is redirected to ({@code Math.random()}, {@code Collections.shuffle(list)}), so a
 * submission is graded the same way on every run. Its name is not a Java identifier, so no student
 * source can declare or call it.
 */
final class SeededRandom {

  /** The class's internal name. */
  static final String NAME = "neurons/grader-seeded-random";

  /** Its binary name, as a key of the submission's classes. */
  static final String BINARY_NAME = NAME.replace('/', '.');

  private SeededRandom() {}

  /** Whether a class file refers to this class (its name is in the class's constant pool). */
  static boolean isUsedBy(byte[] classFile) {
    search:
    for (int i = 0; i + NAME_UTF8.length <= classFile.length; i++) {
      for (int j = 0; j < NAME_UTF8.length; j++) {
        if (classFile[i + j] != NAME_UTF8[j]) {
          continue search;
        }
      }
      return true;
    }
    return false;
  }

  private static final byte[] NAME_UTF8 = NAME.getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /** Returns the class file: a static Random seeded with {@link BytecodeScreen#RANDOM_SEED}. */
  static byte[] classFile() {
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
    writer.visit(
        Opcodes.V17,
        Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        NAME,
        null,
        "java/lang/Object",
        null);
    writer
        .visitField(
            Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL,
            "RANDOM",
            "Ljava/util/Random;",
            null,
            null)
        .visitEnd();

    MethodVisitor init = writer.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
    init.visitCode();
    init.visitTypeInsn(Opcodes.NEW, "java/util/Random");
    init.visitInsn(Opcodes.DUP);
    init.visitLdcInsn(BytecodeScreen.RANDOM_SEED);
    init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/util/Random", "<init>", "(J)V", false);
    init.visitFieldInsn(Opcodes.PUTSTATIC, NAME, "RANDOM", "Ljava/util/Random;");
    init.visitInsn(Opcodes.RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();

    MethodVisitor random =
        writer.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_SYNCHRONIZED,
            "random",
            "()D",
            null,
            null);
    random.visitCode();
    random.visitFieldInsn(Opcodes.GETSTATIC, NAME, "RANDOM", "Ljava/util/Random;");
    random.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/util/Random", "nextDouble", "()D", false);
    random.visitInsn(Opcodes.DRETURN);
    random.visitMaxs(0, 0);
    random.visitEnd();

    MethodVisitor rng =
        writer.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "rng", "()Ljava/util/Random;", null, null);
    rng.visitCode();
    rng.visitFieldInsn(Opcodes.GETSTATIC, NAME, "RANDOM", "Ljava/util/Random;");
    rng.visitInsn(Opcodes.ARETURN);
    rng.visitMaxs(0, 0);
    rng.visitEnd();

    // For method references, which cannot be given a seed where they are written.
    factory(writer, "newRandom", "java/util/Random");
    factory(writer, "newSplittableRandom", "java/util/SplittableRandom");
    MethodVisitor shuffle =
        writer.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "shuffle", "(Ljava/util/List;)V", null, null);
    shuffle.visitCode();
    shuffle.visitVarInsn(Opcodes.ALOAD, 0);
    shuffle.visitFieldInsn(Opcodes.GETSTATIC, NAME, "RANDOM", "Ljava/util/Random;");
    shuffle.visitMethodInsn(
        Opcodes.INVOKESTATIC,
        "java/util/Collections",
        "shuffle",
        "(Ljava/util/List;Ljava/util/Random;)V",
        false);
    shuffle.visitInsn(Opcodes.RETURN);
    shuffle.visitMaxs(0, 0);
    shuffle.visitEnd();

    writer.visitEnd();
    return writer.toByteArray();
  }

  /** {@code static T name() { return new T(RANDOM_SEED); }}, as {@code new T()} is rewritten. */
  private static void factory(ClassWriter writer, String name, String type) {
    MethodVisitor method =
        writer.visitMethod(
            Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, name, "()L" + type + ";", null, null);
    method.visitCode();
    method.visitTypeInsn(Opcodes.NEW, type);
    method.visitInsn(Opcodes.DUP);
    method.visitLdcInsn(BytecodeScreen.RANDOM_SEED);
    method.visitMethodInsn(Opcodes.INVOKESPECIAL, type, "<init>", "(J)V", false);
    method.visitInsn(Opcodes.ARETURN);
    method.visitMaxs(0, 0);
    method.visitEnd();
  }
}
