package neurograde.run.guard;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Puts a call to {@link Gate#check} at the start of every guarded JDK method, and one to {@link
 * Gate#frames} before {@code Throwable} hands out its stack trace. It also notes every class that
 * stays loaded for the worker's life, so the worker can tell when one fails to initialise.
 */
final class GuardTransformer implements ClassFileTransformer {

  private static final String GATE = "neurograde/run/guard/Gate";
  private static final String THROWABLE = "java/lang/Throwable";
  private static final String CHECK = "(ILjava/lang/Object;Ljava/lang/Object;)V";
  private static final String FRAMES =
      "([Ljava/lang/StackTraceElement;)[Ljava/lang/StackTraceElement;";

  /** A class that was defined by a loader that outlives a check. */
  record Loaded(String internalName, ClassLoader loader) {}

  private final Map<String, List<Integer>> entriesByOwner = new HashMap<>();
  private final Set<String> instrumented = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Loaded> loaded = new ConcurrentLinkedQueue<>();
  private volatile Predicate<ClassLoader> shortLived = loader -> false;
  private volatile Throwable failure;

  GuardTransformer(List<Guarded> entries) {
    for (int i = 0; i < entries.size(); i++) {
      entriesByOwner
          .computeIfAbsent(entries.get(i).owner().replace('.', '/'), k -> new ArrayList<>())
          .add(i);
    }
  }

  /**
   * Runs every path of the transformer once, so the classes it uses are loaded before it is
   * installed: a class loaded while it transforms that same class would be defined twice.
   */
  void warmUp(byte[] runtimeClass) {
    transform(null, null, "neurograde/run/guard/WarmUp", null, null, new byte[0]);
    loaded.clear();
    Module base = Runtime.class.getModule();
    if (transform(base, null, "java/lang/Runtime", Runtime.class, null, runtimeClass) == null) {
      throw new IllegalStateException("the guard cannot change java.lang.Runtime", failure);
    }
    instrumented.clear();
  }

  /** Returns whether this transformer changes a class (by internal name). */
  boolean targets(String internalName) {
    return internalName.equals(THROWABLE) || entriesByOwner.containsKey(internalName);
  }

  /** Returns the classes changed so far, by internal name. */
  Set<String> instrumented() {
    return instrumented;
  }

  /** Returns the first failure to change a class, or null: the guard must then not be trusted. */
  Throwable failure() {
    return failure;
  }

  ConcurrentLinkedQueue<Loaded> loaded() {
    return loaded;
  }

  void shortLived(Predicate<ClassLoader> loaders) {
    shortLived = loaders;
  }

  @Override
  public byte[] transform(
      Module module,
      ClassLoader loader,
      String name,
      Class<?> redefined,
      ProtectionDomain domain,
      byte[] bytes) {
    try {
      if (name == null) {
        return null;
      }
      if (redefined == null && !shortLived.test(loader)) {
        loaded.add(new Loaded(name, loader));
      }
      if (!targets(name) || !isJdk(module)) {
        return null; // a class of that name outside the JDK is not the one guarded
      }
    } catch (Throwable t) {
      // Out of stack, say: the worker's scan after the job finds the class anyway; every guarded
      // class was loaded (and changed) before any submission ran.
      return null;
    }
    try {
      byte[] changed = instrument(name, bytes);
      instrumented.add(name);
      return changed;
    } catch (Throwable t) {
      // Every guarded class is loaded before any submission runs, so this happens only then.
      if (failure == null) {
        failure = new IllegalStateException("cannot guard " + name + ": " + t, t);
      }
      return null;
    }
  }

  /** Whether a module is one of the JDK's own. */
  static boolean isJdk(Module module) {
    return module != null && module.isNamed() && module.getLayer() == ModuleLayer.boot();
  }

  /** Returns a class's bytes with its guarded methods guarded. */
  byte[] instrument(String owner, byte[] bytes) {
    List<Integer> entries = entriesByOwner.getOrDefault(owner, List.of());
    ClassReader reader = new ClassReader(bytes);
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    reader.accept(
        new ClassVisitor(Opcodes.ASM9, writer) {
          @Override
          public MethodVisitor visitMethod(
              int access, String method, String descriptor, String signature, String[] thrown) {
            MethodVisitor next = super.visitMethod(access, method, descriptor, signature, thrown);
            if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
              return next;
            }
            if (owner.equals(THROWABLE) && method.equals("getOurStackTrace")) {
              return new FramesFilter(next);
            }
            for (int entry : entries) {
              if (GuardedCalls.get(entry).matches(method, descriptor)) {
                return new EntryCheck(next, entry, owner, access, method, descriptor);
              }
            }
            return next;
          }
        },
        0);
    return writer.toByteArray();
  }

  /** Calls Gate.check(entry, first, second) before the method's own code. */
  private static final class EntryCheck extends MethodVisitor {
    private final int entry;
    private final boolean isStatic;
    private final boolean fileInstance;
    private final Guarded.When when;
    private final Type[] parameters;

    EntryCheck(
        MethodVisitor next, int entry, String owner, int access, String method, String descriptor) {
      super(Opcodes.ASM9, next);
      this.entry = entry;
      this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
      this.fileInstance = owner.equals("java/io/File") && !isStatic && !method.equals("<init>");
      this.when = GuardedCalls.get(entry).when();
      this.parameters = Type.getArgumentTypes(descriptor);
    }

    @Override
    public void visitCode() {
      super.visitCode();
      visitLdcInsn(entry);
      boolean file =
          when == Guarded.When.FILE_READ
              || when == Guarded.When.FILE_WRITE
              || when == Guarded.When.FILE_OPEN;
      if (file && fileInstance) {
        visitVarInsn(Opcodes.ALOAD, 0);
      } else if (!file || !loadParameter(this::isPathLike)) {
        visitInsn(Opcodes.ACONST_NULL);
      }
      if (when != Guarded.When.FILE_OPEN
          || !(loadParameter(t -> t.getDescriptor().equals("Ljava/util/Set;"))
              || loadParameter(t -> t.getSort() == Type.INT))) {
        visitInsn(Opcodes.ACONST_NULL);
      }
      visitMethodInsn(Opcodes.INVOKESTATIC, GATE, "check", CHECK, false);
    }

    private boolean isPathLike(Type type) {
      String d = type.getDescriptor();
      return d.equals("Ljava/io/File;")
          || d.equals("Ljava/nio/file/Path;")
          || d.equals("Ljava/lang/String;");
    }

    /** Pushes the first parameter of a kind (an int boxed); returns false if there is none. */
    private boolean loadParameter(Predicate<Type> kind) {
      int local = isStatic ? 0 : 1;
      for (Type parameter : parameters) {
        if (kind.test(parameter)) {
          visitVarInsn(parameter.getOpcode(Opcodes.ILOAD), local);
          if (parameter.getSort() == Type.INT) {
            visitMethodInsn(
                Opcodes.INVOKESTATIC,
                "java/lang/Integer",
                "valueOf",
                "(I)Ljava/lang/Integer;",
                false);
          }
          return true;
        }
        local += parameter.getSize();
      }
      return false;
    }
  }

  /** Passes every stack trace Throwable returns through Gate.frames. */
  private static final class FramesFilter extends MethodVisitor {
    FramesFilter(MethodVisitor next) {
      super(Opcodes.ASM9, next);
    }

    @Override
    public void visitInsn(int opcode) {
      if (opcode == Opcodes.ARETURN) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, GATE, "frames", FRAMES, false);
      }
      super.visitInsn(opcode);
    }
  }
}
