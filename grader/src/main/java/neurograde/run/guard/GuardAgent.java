package neurograde.run.guard;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The worker's Java agent: guards the JDK's sensitive entry points before the worker's own code
 * runs. It fails closed: if any part cannot be installed, the JVM does not start, and the grader
 * reports why instead of running submissions unguarded.
 *
 * <p>Started as {@code -javaagent:agent.jar}; the jar's manifest puts {@link Gate} on the boot
 * class path (see {@code neurograde.run.AgentJars}).
 */
public final class GuardAgent {

  private static volatile GuardTransformer transformer;
  private static volatile Instrumentation instrumentation;

  private GuardAgent() {}

  /** Installs the guard; the JVM runs this before the worker's main method. */
  public static void premain(String arguments, Instrumentation instrumentation) throws Exception {
    Class<?> gate = Class.forName(Gate.class.getName(), true, null);
    if (gate.getClassLoader() != null) {
      throw new IllegalStateException("the guard's gate is not on the boot class path");
    }
    Module gateModule = gate.getModule();
    for (Module module : ModuleLayer.boot().modules()) {
      if (!module.canRead(gateModule)) {
        instrumentation.redefineModule(
            module, Set.of(gateModule), Map.of(), Map.of(), Set.of(), Map.of());
      }
    }
    GuardTransformer guard = new GuardTransformer(GuardedCalls.all());
    // Load everything the transformer needs now: a class loaded while it transforms would fail.
    guard.warmUp(Runtime.class.getResourceAsStream("Runtime.class").readAllBytes());
    instrumentation.addTransformer(guard, true);
    // Load every guarded class now, on a healthy stack: one loaded later by code that has nearly
    // exhausted its stack could fail to be changed, and would then load unguarded.
    for (String owner : GuardedCalls.owners()) {
      String name = owner.replace('/', '.');
      try {
        Class.forName(name, false, ClassLoader.getSystemClassLoader());
      } catch (ClassNotFoundException e) {
        if (!GuardedCalls.optional(name)) {
          throw new IllegalStateException("the JDK has no " + name + " to guard", e);
        }
      }
    }
    Class.forName(Gate.Stopped.class.getName(), true, null);
    List<Class<?>> loaded = new ArrayList<>();
    for (Class<?> c : instrumentation.getAllLoadedClasses()) {
      if (c.isArray() || c.isPrimitive() || c.isHidden()) {
        continue;
      }
      // Loaded before the transformer saw them: checked like the rest (see newlyLoaded).
      guard
          .loaded()
          .add(new GuardTransformer.Loaded(c.getName().replace('.', '/'), c.getClassLoader()));
      if (guard.targets(c.getName().replace('.', '/'))
          && GuardTransformer.isJdk(c.getModule())
          && instrumentation.isModifiableClass(c)) {
        loaded.add(c);
      }
    }
    instrumentation.retransformClasses(loaded.toArray(new Class<?>[0]));
    if (guard.failure() != null) {
      throw new IllegalStateException("the guard could not be installed", guard.failure());
    }
    Set<String> missed = new TreeSet<>();
    for (Class<?> c : loaded) {
      if (!guard.instrumented().contains(c.getName().replace('.', '/'))) {
        missed.add(c.getName());
      }
    }
    if (!missed.isEmpty()) {
      throw new IllegalStateException("the guard could not change " + missed);
    }
    GuardAgent.instrumentation = instrumentation;
    transformer = guard;
  }

  /** Returns whether the guard is installed in this JVM. */
  public static boolean installed() {
    return transformer != null;
  }

  /**
   * Throws if the guard failed to change a class loaded since it was installed: the worker must
   * then stop rather than run submission code unguarded.
   */
  public static void verify() {
    GuardTransformer guard = transformer;
    if (guard == null) {
      throw new IllegalStateException("the guard is not installed (the worker needs -javaagent)");
    }
    if (guard.failure() != null) {
      throw new IllegalStateException("the guard failed", guard.failure());
    }
  }

  /** Tells the guard which class loaders live only for one check; their classes are not noted. */
  public static void shortLived(Predicate<ClassLoader> loaders) {
    transformer.shortLived(loaders);
  }

  /** Returns every class loaded in this JVM. */
  public static Class<?>[] allLoadedClasses() {
    return instrumentation.getAllLoadedClasses();
  }

  /**
   * Returns, and forgets, the classes defined since the last call by loaders that outlive a check:
   * each as its binary name and loader. A class defined while the stack was nearly exhausted may be
   * missing: {@link #allLoadedClasses} has them all.
   */
  public static List<Map.Entry<String, ClassLoader>> newlyLoaded() {
    List<Map.Entry<String, ClassLoader>> classes = new ArrayList<>();
    GuardTransformer.Loaded next;
    while ((next = transformer.loaded().poll()) != null) {
      classes.add(
          new java.util.AbstractMap.SimpleImmutableEntry<>(
              next.internalName().replace('/', '.'), next.loader()));
    }
    return classes;
  }
}
