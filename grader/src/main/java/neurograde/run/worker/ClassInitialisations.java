package neurograde.run.worker;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import neurograde.run.guard.GuardAgent;

/**
 * Tells when submission code has left a class the worker keeps (the JDK's, the grader's, the
 * course's) unable to initialise. A class whose static initialiser fails once fails for the rest of
 * the JVM's life, so code that exhausts the stack while the JDK initialises one of its classes
 * would break every later submission that needs it.
 *
 * <p>Such classes are initialised here, on a healthy stack: after each check those loaded during it
 * (as the guard noted them), and after each job every class loaded at all (a class loaded while the
 * stack was nearly exhausted may have escaped the guard's notes). One that cannot be initialised,
 * and could before the first submission, means the worker must be retired.
 */
final class ClassInitialisations {

  private final Set<Class<?>> initialised = new HashSet<>();

  /**
   * Classes of short-lived loaders seen by a scan, held weakly so they can still be unloaded: the
   * scan after every job then asks only new classes for their loader, a guarded call that walks the
   * stack (most of the scan's time when every class was asked each time).
   */
  private final Set<Class<?>> shortLived = Collections.newSetFromMap(new WeakHashMap<>());

  private final Set<String> brokenFromTheStart = new HashSet<>();
  private boolean baselined;

  /**
   * Records the classes that cannot initialise before any submission ran (they are not a
   * submission's doing); call once, after the worker's warm-up.
   */
  synchronized void baseline() {
    GuardAgent.newlyLoaded();
    scan();
    baselined = true;
  }

  /** Checks the classes loaded during the last check; returns one it broke, or null. */
  synchronized String afterCheck() {
    String broken = null;
    for (Map.Entry<String, ClassLoader> loaded : GuardAgent.newlyLoaded()) {
      try {
        initialised.add(Class.forName(loaded.getKey(), true, loaded.getValue()));
      } catch (ClassNotFoundException | RuntimeException e) {
        // a class its loader does not serve by name: the scan after the job checks it
      } catch (LinkageError e) {
        broken = broken == null ? failed(loaded.getKey()) : broken;
      }
    }
    return broken;
  }

  /** Checks every class loaded so far; returns one that submission code broke, or null. */
  synchronized String scan() {
    String broken = null;
    for (Class<?> c : GuardAgent.allLoadedClasses()) {
      if (initialised.contains(c)
          || shortLived.contains(c)
          || c.isArray()
          || c.isPrimitive()
          || c.isHidden()) {
        continue;
      }
      if (Loaders.isShortLived(c.getClassLoader())) {
        shortLived.add(c);
        continue;
      }
      try {
        initialised.add(Class.forName(c.getName(), true, c.getClassLoader()));
      } catch (ClassNotFoundException | RuntimeException e) {
        initialised.add(c); // not served by name, so no submission can reach it that way either
      } catch (LinkageError e) {
        broken = broken == null ? failed(c.getName()) : broken;
      }
    }
    return broken;
  }

  /** Returns the name of a class that failed, or null if it failed before any submission ran. */
  private String failed(String name) {
    if (!baselined) {
      brokenFromTheStart.add(name);
      return null;
    }
    return brokenFromTheStart.contains(name) ? null : name;
  }
}
