package neurograde.isolation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Tells from a submission's bytecode whether its classes can be shared by all its checks, or must
 * be loaded afresh for each: a check must never see what an earlier check left behind.
 *
 * <p>Only static state outlives a check (each check makes its own objects), so classes can be
 * shared when they have none that can change: every static field is final and holds a value that
 * cannot change (a primitive, a string, a boxed number, a lambda capturing only such values), and
 * every static initialiser is {@link TrivialInitialiser trivial}, so initialising a class once
 * rather than once per check cannot be told apart (it prints nothing, cannot fail or loop).
 * Anything else, such as a static array, a static collection or counter, an enum (its constants are
 * objects with fields), or a static initialiser that calls the submission's own code, means fresh
 * classes for every check.
 */
public final class StaticState {

  /** Immutable reference types a static final field may have. */
  private static final Set<String> IMMUTABLE =
      Set.of(
          "java/lang/String",
          "java/lang/Integer",
          "java/lang/Long",
          "java/lang/Double",
          "java/lang/Float",
          "java/lang/Short",
          "java/lang/Byte",
          "java/lang/Character",
          "java/lang/Boolean");

  private StaticState() {}

  /**
   * Returns why a check could see what an earlier check left behind in these classes (by binary
   * name), or empty if they can be shared by all checks.
   */
  public static Optional<String> whyFresh(Map<String, byte[]> classes) {
    for (Map.Entry<String, byte[]> entry : new TreeMap<>(classes).entrySet()) {
      ClassNode node = new ClassNode();
      try {
        new ClassReader(entry.getValue()).accept(node, ClassReader.SKIP_DEBUG);
      } catch (RuntimeException e) {
        return Optional.of(entry.getKey() + " cannot be read");
      }
      Optional<String> why = whyFresh(node);
      if (why.isPresent()) {
        return why;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> whyFresh(ClassNode node) {
    String name = node.name.replace('/', '.');
    if ((node.access & Opcodes.ACC_ENUM) != 0) {
      return Optional.of(name + " is an enum: its constants are objects made once per class");
    }
    for (FieldNode field : node.fields) {
      if ((field.access & Opcodes.ACC_STATIC) == 0) {
        continue;
      }
      if ((field.access & Opcodes.ACC_FINAL) == 0) {
        return Optional.of(name + "." + field.name + " is a static field that is not final");
      }
    }
    for (MethodNode method : node.methods) {
      if (method.name.equals("<clinit>")) {
        Optional<String> why = TrivialInitialiser.whyNot(node, method);
        if (why.isPresent()) {
          return Optional.of("the static initialiser of " + name + " " + why.get());
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a static final field of this type holds a value that cannot change, whatever it is. */
  static boolean immutableType(String descriptor) {
    Type type = Type.getType(descriptor);
    return type.getSort() != Type.ARRAY
        && (type.getSort() != Type.OBJECT || IMMUTABLE.contains(type.getInternalName()));
  }
}
