package neurograde.run.worker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Class files the worker defines itself: the course's provided and reference classes, and the
 * driver.
 */
final class TrustedClasses {

  /**
   * Class files read so far; they cannot change while the worker runs, and every check reloads
   * them.
   */
  private static final Map<String, Optional<byte[]>> READ = new ConcurrentHashMap<>();

  private static final Map<String, byte[]> INERT = new ConcurrentHashMap<>();

  private TrustedClasses() {}

  /**
   * Returns the bytes of a class on the grader's own class path. Student code may be on the stack
   * (its first use of a provided class loads it); the read is still the grader's, as it happens
   * inside a class loader (see {@link WorkerPolicy}).
   */
  static byte[] bytes(String binaryName) {
    Optional<byte[]> bytes =
        READ.computeIfAbsent(binaryName, name -> Optional.ofNullable(read(name)));
    return bytes.map(byte[]::clone).orElse(null);
  }

  private static byte[] read(String binaryName) {
    String resource = binaryName.replace('.', '/') + ".class";
    try (InputStream in = TrustedClasses.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Returns a copy of a class whose methods do nothing: the worker's plotting helpers, so a
   * submission that plots while being graded writes no files and needs no chart library.
   */
  static byte[] inert(String binaryName, byte[] bytes) {
    return INERT.computeIfAbsent(binaryName, name -> inert(bytes)).clone();
  }

  private static byte[] inert(byte[] bytes) {
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public MethodVisitor visitMethod(
              int access, String name, String descriptor, String signature, String[] exceptions) {
            MethodVisitor method =
                super.visitMethod(access, name, descriptor, signature, exceptions);
            if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
              return method;
            }
            method.visitCode();
            if (name.equals("<init>")) {
              method.visitVarInsn(Opcodes.ALOAD, 0);
              method.visitMethodInsn(
                  Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            }
            Type returned = Type.getReturnType(descriptor);
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
            method.visitMaxs(0, 0);
            method.visitEnd();
            return null;
          }
        },
        ClassReader.SKIP_FRAMES);
    return writer.toByteArray();
  }
}
