package neurograde.hidden.driver.java;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import neurograde.hidden.driver.NetworkSnapshot;

/**
 * Finds the methods of LIFNeuron or SpikingNetwork that a submission's subclass replaces: what such
 * an object reports through them is the submission's, not the course's code.
 *
 * <p>Reads declared methods by reflection, which the grader's own code may do; no student code is
 * on the stack here, and nothing is invoked.
 */
final class Subclasses {

  /** Replacing how the neuron prints itself changes nothing the checks read. */
  private static final String HARMLESS = "showState";

  private Subclasses() {}

  /**
   * Returns the methods of {@code base} that the object's class (a subclass of it, or the class
   * itself) overrides, in the order they are found.
   */
  static List<NetworkSnapshot.Overridden> overrides(Object object, Class<?> base) {
    List<NetworkSnapshot.Overridden> found = new ArrayList<>();
    for (Class<?> type = object.getClass();
        type != null && type != base && base.isAssignableFrom(type);
        type = type.getSuperclass()) {
      Method[] declared;
      try {
        declared = type.getDeclaredMethods();
      } catch (LinkageError e) {
        // A class whose methods cannot even be listed cannot be trusted either.
        found.add(new NetworkSnapshot.Overridden(simple(type), base.getSimpleName(), "?"));
        continue;
      }
      for (Method method : declared) {
        if (Modifier.isStatic(method.getModifiers())
            || Modifier.isPrivate(method.getModifiers())
            || method.getName().equals(HARMLESS)
            || !replaces(method, base)) {
          continue;
        }
        NetworkSnapshot.Overridden overridden =
            new NetworkSnapshot.Overridden(
                simple(object.getClass()), base.getSimpleName(), method.getName());
        if (!found.contains(overridden)) {
          found.add(overridden);
        }
      }
    }
    return found;
  }

  private static boolean replaces(Method method, Class<?> base) {
    try {
      Method original = base.getMethod(method.getName(), method.getParameterTypes());
      return original.getDeclaringClass() != Object.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static String simple(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
