package neurograde.compile;

import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * javac tasks that share one compiler context, so the JDK's own classes are read once rather than
 * on every compile: about half of a submission's compile time. This is the JDK's JavacTaskPool, the
 * pool JShell compiles with, which clears what a task compiled before the next one runs. It is not
 * an exported API: the grader's jar and its relaunch export it ({@code --add-exports
 * jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED}); without that, {@link #create} finds nothing
 * and every compile starts afresh, with the same classes and messages.
 *
 * <p>javac's components keep the file manager of the context's first task, so every task of one
 * instance must be given the same file manager.
 */
final class ReusedJavac {

  private static final String POOL = "com.sun.tools.javac.api.JavacTaskPool";

  private static final Constructor<?> NEW_POOL;
  private static final Method GET_TASK;
  private static final Object WORKER;

  static {
    Constructor<?> newPool = null;
    Method getTask = null;
    Object worker = null;
    try {
      Class<?> pool = Class.forName(POOL);
      Class<?> workerType = Class.forName(POOL + "$Worker");
      newPool = pool.getConstructor(int.class);
      getTask =
          pool.getMethod(
              "getTask",
              Writer.class,
              JavaFileManager.class,
              DiagnosticListener.class,
              Iterable.class,
              Iterable.class,
              Iterable.class,
              workerType);
      worker =
          Proxy.newProxyInstance(
              ReusedJavac.class.getClassLoader(),
              new Class<?>[] {workerType},
              (proxy, method, args) -> {
                if (method.getName().equals("withTask")) {
                  return ((JavaCompiler.CompilationTask) args[0]).call();
                }
                throw new UnsupportedOperationException(method.getName());
              });
      newPool.newInstance(1); // fails here, not mid-grading, if the package is not exported
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      newPool = null;
    }
    NEW_POOL = newPool;
    GET_TASK = getTask;
    WORKER = worker;
  }

  private final Object pool;

  private ReusedJavac(Object pool) {
    this.pool = pool;
  }

  /** A context to reuse, or empty where the JDK does not let the grader reuse one. */
  static Optional<ReusedJavac> create() {
    if (NEW_POOL == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ReusedJavac(NEW_POOL.newInstance(1)));
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }

  /** Whether compiles can reuse a context in this JVM. */
  static boolean available() {
    return NEW_POOL != null;
  }

  /** Runs one compile task as {@code JavaCompiler.getTask(...).call()} would. */
  boolean call(
      Writer out,
      JavaFileManager files,
      DiagnosticListener<? super JavaFileObject> diagnostics,
      List<String> options,
      List<JavaFileObject> units) {
    try {
      return (Boolean) GET_TASK.invoke(pool, out, files, diagnostics, options, null, units, WORKER);
    } catch (InvocationTargetException e) {
      // what javac threw (or a stop's ThreadDeath), as a direct call would have thrown it
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("javac failed", cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("javac's task pool became inaccessible", e);
    }
  }
}
