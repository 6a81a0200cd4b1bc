package neurograde.compile;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import neurograde.score.Diagnostic;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Checks that the written classes have every public member of the assignment's API, with the exact
 * signature: a renamed or retyped method compiles, but the hidden tests cannot call it.
 */
public final class ApiConformance {

  private ApiConformance() {}

  /**
   * Returns a {@code missing} diagnostic for each API member a student's class lacks.
   *
   * @param classes the compiled classes, by binary name
   * @param substituted the written classes that are the template's, not the student's (not checked)
   */
  public static List<Diagnostic> check(
      Map<String, byte[]> classes, Map<String, String> substituted) {
    List<Diagnostic> missing = new ArrayList<>();
    for (String written : CourseClasses.WRITTEN) {
      byte[] bytes = classes.get(CourseClasses.PACKAGE + "." + written);
      if (bytes == null || substituted.containsKey(written)) {
        continue;
      }
      Map<String, MethodNode> declared = methods(bytes);
      for (Executable required : api(written)) {
        String name = required instanceof Constructor ? "<init>" : required.getName();
        String descriptor =
            required instanceof Method m
                ? Type.getMethodDescriptor(m)
                : Type.getConstructorDescriptor((Constructor<?>) required);
        boolean isStatic = Modifier.isStatic(required.getModifiers());
        MethodNode found = declared.get(name + descriptor);
        String expected = signature(written, required);
        if (found == null) {
          missing.add(
              Diagnostic.at(
                  "missing",
                  written + ".java",
                  null,
                  written + " has no " + expected + alternatives(declared, name)));
        } else if ((found.access & Opcodes.ACC_PUBLIC) == 0) {
          missing.add(
              Diagnostic.at(
                  "missing",
                  written + ".java",
                  null,
                  written + "." + name + " must be public: " + expected));
        } else if (((found.access & Opcodes.ACC_STATIC) != 0) != isStatic) {
          missing.add(
              Diagnostic.at(
                  "missing",
                  written + ".java",
                  null,
                  written
                      + "."
                      + name
                      + (isStatic ? " must be static: " : " must not be static: ")
                      + expected));
        }
      }
    }
    return missing;
  }

  /** The public constructors and methods the reference declares: the assignment's API. */
  private static List<Executable> api(String written) {
    Class<?> reference;
    try {
      reference =
          Class.forName(
              CourseClasses.PACKAGE + "." + written, false, ApiConformance.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the grader was built without the reference's " + written, e);
    }
    List<Executable> api = new ArrayList<>();
    for (Constructor<?> c : reference.getDeclaredConstructors()) {
      if (Modifier.isPublic(c.getModifiers())) {
        api.add(c);
      }
    }
    for (Method m : reference.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
        api.add(m);
      }
    }
    api.sort(java.util.Comparator.comparing(Executable::toString));
    return api;
  }

  private static Map<String, MethodNode> methods(byte[] bytes) {
    ClassNode node = new ClassNode();
    new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE);
    Map<String, MethodNode> methods = new HashMap<>();
    for (MethodNode method : node.methods) {
      methods.put(method.name + method.desc, method);
    }
    return methods;
  }

  private static String alternatives(Map<String, MethodNode> declared, String name) {
    List<String> found = new ArrayList<>();
    for (MethodNode method : declared.values()) {
      if (method.name.equals(name)) {
        found.add(readable(method.name, method.desc));
      }
    }
    found.sort(null);
    return found.isEmpty() ? "" : " (found " + String.join(", ", found) + ")";
  }

  private static String signature(String owner, Executable member) {
    StringBuilder text = new StringBuilder("public ");
    if (Modifier.isStatic(member.getModifiers())) {
      text.append("static ");
    }
    if (member instanceof Method m) {
      text.append(m.getReturnType().getSimpleName()).append(' ').append(m.getName());
    } else {
      text.append(owner);
    }
    text.append('(');
    Class<?>[] parameters = member.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      text.append(i == 0 ? "" : ", ").append(parameters[i].getSimpleName());
    }
    return text.append(')').toString();
  }

  private static String readable(String name, String descriptor) {
    StringBuilder text =
        new StringBuilder(name.equals("<init>") ? "a constructor" : name).append('(');
    Type[] arguments = Type.getArgumentTypes(descriptor);
    for (int i = 0; i < arguments.length; i++) {
      String type = arguments[i].getClassName();
      text.append(i == 0 ? "" : ", ").append(type.substring(type.lastIndexOf('.') + 1));
    }
    return text.append(')').toString();
  }
}
