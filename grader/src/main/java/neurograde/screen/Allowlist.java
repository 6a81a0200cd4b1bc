package neurograde.screen;

import java.util.Optional;
import java.util.Set;

/**
 * What student code may use. Student code needs only arithmetic and strings from java.lang,
 * java.util collections, Random, streams and lambdas, and printing to System.out and System.err.
 * Anything that reaches outside the computation (files, network, processes, threads, reflection,
 * class loading, resources, exiting, changing global settings) is refused.
 *
 * <p>Code that only {@code Experiments.main} runs may also draw and write plots (java.io,
 * java.nio.file, java.awt, javax.imageio, JFreeChart): the grader never runs main.
 */
final class Allowlist {

  private static final Set<String> LANG_TYPES =
      Set.of(
          "Object",
          "String",
          "StringBuilder",
          "StringBuffer",
          "CharSequence",
          "Math",
          "StrictMath",
          "Integer",
          "Long",
          "Double",
          "Float",
          "Short",
          "Byte",
          "Boolean",
          "Character",
          "Number",
          "Void",
          "Comparable",
          "Iterable",
          "Enum",
          "Record",
          "Runnable",
          "AutoCloseable",
          "Cloneable",
          "Throwable",
          "StackTraceElement",
          "Override",
          "Deprecated",
          "SuppressWarnings",
          "FunctionalInterface",
          "SafeVarargs");

  private static final Set<String> UTIL_REFUSED =
      Set.of(
          "ServiceLoader",
          "ResourceBundle",
          "PropertyResourceBundle",
          "ListResourceBundle",
          "Timer",
          "TimerTask",
          "Properties",
          "Scanner");

  private static final Set<String> SYSTEM_METHODS =
      Set.of(
          "arraycopy", "nanoTime", "currentTimeMillis", "lineSeparator", "identityHashCode", "gc");

  private static final Set<String> CLASS_METHODS =
      Set.of(
          "getName",
          "getSimpleName",
          "getTypeName",
          "getCanonicalName",
          "desiredAssertionStatus",
          "isInstance",
          "isArray",
          "cast",
          "getComponentType",
          "isPrimitive",
          "isEnum",
          "isRecord",
          "isInterface",
          "toString",
          "hashCode",
          "equals",
          "getEnumConstants");

  private static final Set<String> BOOTSTRAPS =
      Set.of(
          "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory",
          "java/lang/runtime/ObjectMethods", "java/lang/runtime/SwitchBootstraps");

  private static final Set<String> PLOTTING_PREFIXES =
      Set.of(
          "java/io/",
          "java/nio/file/",
          "java/nio/charset/",
          "java/awt/",
          "javax/imageio/",
          "org/jfree/");

  private Allowlist() {}

  /**
   * Returns why a use of a class member is refused, or empty if it is allowed.
   *
   * @param owner the internal name of the class, for example {@code java/lang/System}
   * @param name the member's name, {@code <init>} for a constructor, or null for the class itself
   * @param field whether the member is a field
   * @param plotting whether the code is only run by {@code Experiments.main}
   */
  static Optional<String> refusal(String owner, String name, boolean field, boolean plotting) {
    if (owner.startsWith("[")) {
      return Optional.empty(); // methods of arrays: clone
    }
    if (owner.startsWith("neurons/")) {
      return owner.indexOf('/', "neurons/".length()) < 0
          ? Optional.empty()
          : Optional.of("is outside package neurons");
    }
    if (plotting && PLOTTING_PREFIXES.stream().anyMatch(owner::startsWith)) {
      return Optional.empty();
    }
    if (owner.equals("java/lang/System")) {
      if (field) {
        return name.equals("out") || name.equals("err")
            ? Optional.empty()
            : Optional.of("reads System." + name);
      }
      return name == null || SYSTEM_METHODS.contains(name)
          ? Optional.empty()
          : Optional.of("calls System." + name);
    }
    if (owner.equals("java/lang/Class")) {
      return name == null || CLASS_METHODS.contains(name)
          ? Optional.empty()
          : Optional.of("uses reflection (Class." + name + ")");
    }
    if (owner.equals("java/lang/Object")) {
      return name != null
              && (name.equals("wait") || name.equals("notify") || name.equals("notifyAll"))
          ? Optional.of("waits on or notifies threads")
          : Optional.empty();
    }
    if (owner.equals("java/io/PrintStream")) {
      return "<init>".equals(name) ? Optional.of("creates an output stream") : Optional.empty();
    }
    if (owner.equals("java/io/Serializable")
        || owner.equals("java/io/IOException")
        || owner.equals("java/io/UncheckedIOException")) {
      return Optional.empty();
    }
    if (owner.startsWith("java/lang/")) {
      return langRefusal(owner.substring("java/lang/".length()), name);
    }
    if (owner.startsWith("java/util/")) {
      return utilRefusal(owner.substring("java/util/".length()), name);
    }
    if (owner.startsWith("java/time/zone/")) {
      return Optional.of("changes the JVM's time-zone rules (" + simpleName(owner) + ")");
    }
    if (owner.startsWith("java/text/")
        || owner.startsWith("java/math/")
        || owner.startsWith("java/time/")) {
      return owner.equals("java/time/Clock")
          ? Optional.of("uses the system clock")
          : Optional.empty();
    }
    return Optional.of(describe(owner));
  }

  /**
   * Returns whether an invokedynamic bootstrap method is one javac emits for lambdas, string
   * concatenation, records or switches.
   */
  static boolean isAllowedBootstrap(String owner) {
    return BOOTSTRAPS.contains(owner);
  }

  private static Optional<String> langRefusal(String simple, String name) {
    if (simple.contains("/")) {
      if (simple.startsWith("invoke/") || simple.startsWith("reflect/")) {
        return Optional.of(
            "uses reflection or method handles (java.lang." + simple.replace('/', '.') + ")");
      }
      if (simple.startsWith("annotation/")) {
        return Optional.empty();
      }
      return Optional.of("uses java.lang." + simple.replace('/', '.'));
    }
    String top = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
    if (top.equals("Integer") || top.equals("Long") || top.equals("Boolean")) {
      if (name != null
          && (name.equals("getInteger") || name.equals("getLong") || name.equals("getBoolean"))) {
        return Optional.of("reads system properties (" + top + "." + name + ")");
      }
    }
    if (LANG_TYPES.contains(top) || top.equals("Character")) {
      return Optional.empty();
    }
    if ((top.endsWith("Exception") || top.endsWith("Error")) && !top.equals("ThreadDeath")) {
      return Optional.empty();
    }
    return Optional.of(describe("java/lang/" + simple));
  }

  private static Optional<String> utilRefusal(String simple, String name) {
    if (simple.startsWith("concurrent/atomic/")) {
      return Optional.empty(); // counters updated in lambdas; no threads involved
    }
    if (simple.startsWith("random/")) {
      return Optional.of(
          "uses an unseeded random generator ("
              + simpleName(simple)
              + "); use new java.util.Random(seed)");
    }
    if (simple.startsWith("concurrent/")
        || simple.startsWith("logging/")
        || simple.startsWith("prefs/")
        || simple.startsWith("jar/")
        || simple.startsWith("zip/")
        || simple.startsWith("spi/")) {
      return Optional.of(describe("java/util/" + simple));
    }
    String top = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
    if (UTIL_REFUSED.contains(top)) {
      return Optional.of(describe("java/util/" + simple));
    }
    if (name == null) {
      return Optional.empty();
    }
    // Every JDK setDefault... (Locale, TimeZone and their subclasses, ...) sets global state.
    if (name.startsWith("setDefault")) {
      return Optional.of("changes a global default (" + top + "." + name + ")");
    }
    if (name.equals("parallelStream")
        || name.equals("parallel")
        || (top.equals("Arrays") && name.startsWith("parallel"))) {
      return Optional.of("starts threads (" + simpleName(top) + "." + name + ")");
    }
    if (top.equals("stream/StreamSupport")) {
      // StreamSupport.stream(spliterator, true) is a parallel stream
      return Optional.of("starts threads (StreamSupport." + name + ")");
    }
    if (top.equals("Formatter") && name.equals("<init>")) {
      return Optional.of("creates a Formatter (use String.format)");
    }
    return Optional.empty();
  }

  /** Returns a class's simple name: {@code stream/IntStream} gives {@code IntStream}. */
  private static String simpleName(String internal) {
    return internal.substring(internal.lastIndexOf('/') + 1).replace('$', '.');
  }

  private static String describe(String owner) {
    String type = owner.replace('/', '.').replace('$', '.');
    if (owner.startsWith("java/io/") || owner.startsWith("java/nio/")) {
      return "uses files or streams (" + type + ")";
    }
    if (owner.startsWith("java/net/")) {
      return "uses the network (" + type + ")";
    }
    if (owner.equals("java/lang/Thread")
        || owner.startsWith("java/lang/Thread$")
        || owner.startsWith("java/util/concurrent/")
        || owner.equals("java/lang/ThreadGroup")
        || owner.equals("java/lang/ThreadLocal")
        || owner.equals("java/util/Timer")) {
      return "uses threads (" + type + ")";
    }
    if (owner.equals("java/lang/Runtime")
        || owner.startsWith("java/lang/Process")
        || owner.equals("java/lang/ProcessBuilder")) {
      return "uses the runtime or processes (" + type + ")";
    }
    if (owner.equals("java/lang/ClassLoader")
        || owner.equals("java/lang/Module")
        || owner.equals("java/lang/ModuleLayer")
        || owner.equals("java/lang/StackWalker")
        || owner.equals("java/util/ServiceLoader")) {
      return "loads classes or inspects the stack (" + type + ")";
    }
    if (owner.equals("java/util/ResourceBundle") || owner.endsWith("ResourceBundle")) {
      return "reads resources (" + type + ")";
    }
    if (owner.startsWith("java/awt/")
        || owner.startsWith("javax/")
        || owner.startsWith("org/jfree/")) {
      return "draws or writes plots outside Experiments.main (" + type + ")";
    }
    return "uses " + type + ", which the grader does not allow";
  }
}
