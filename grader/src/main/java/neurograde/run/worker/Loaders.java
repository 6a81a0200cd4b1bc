package neurograde.run.worker;

import java.net.URL;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import neurograde.compile.CourseClasses;
import neurograde.plots.PlotRecorder;
import neurograde.plots.RecordingPlots;

/**
 * The class loaders a check runs in.
 *
 * <pre>
 *   platform (JDK only)
 *     provided: the course's Neuron, InputNeuron, SpikeTrains, Connection, and a recording Plots
 *       reference: the reference's LIFNeuron and SpikingNetwork
 *         submission: the student's classes (child-first), fresh for every check
 *           driver: the JavaDriver, linked to whatever neurons.* resolves to above it
 * </pre>
 *
 * <p>For the {@code OWN} layer the submission loader sits on the provided loader directly. Student
 * code can see nothing of the grader: its loaders never delegate to the application class loader,
 * and they serve no resources.
 */
final class Loaders {

  private static final ClassLoader APP = Loaders.class.getClassLoader();
  private static volatile ClassLoader provided;
  private static volatile ClassLoader reference;

  private Loaders() {}

  /** The loader of the course's provided classes, shared by every submission. */
  static synchronized ClassLoader provided() {
    if (provided == null) {
      ClassLoader loader =
          new TrustedLoader(
              "provided", ClassLoader.getPlatformClassLoader(), CourseClasses.PROVIDED, true);
      // Connected here, where no submission code is on the stack; it is never connected again.
      try {
        RecordingPlots.connect(
            Class.forName(CourseClasses.PACKAGE + ".Plots", false, loader),
            PlotRecorder.worker()::record);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("the course's Plots is not on the grader's class path", e);
      }
      provided = loader;
    }
    return provided;
  }

  /** The loader of the reference's LIFNeuron and SpikingNetwork, shared by every submission. */
  static synchronized ClassLoader reference() {
    if (reference == null) {
      reference =
          new TrustedLoader("reference", provided(), Set.of("LIFNeuron", "SpikingNetwork"), false);
    }
    return reference;
  }

  /** A fresh loader of a submission's classes. */
  static ClassLoader submission(ClassLoader parent, Map<String, byte[]> classes) {
    return new SubmissionLoader(parent, classes);
  }

  /** Whether a class loader holds a submission's code (which the worker's policy restricts). */
  static boolean isSubmission(ClassLoader loader) {
    return loader instanceof SubmissionLoader;
  }

  /** Whether a class loader is discarded after a check: a submission's, or its driver's. */
  static boolean isShortLived(ClassLoader loader) {
    return loader instanceof SubmissionLoader || loader instanceof DriverLoader;
  }

  /** A fresh loader of the driver, linked to a submission loader. */
  static ClassLoader driver(ClassLoader submission) {
    return new DriverLoader(submission);
  }

  /** Defines trusted classes of package neurons from the grader's class path, by top-level name. */
  private static final class TrustedLoader extends ClosedLoader {
    private final Set<String> topLevel;
    private final boolean recordingPlots;

    TrustedLoader(String name, ClassLoader parent, Set<String> topLevel, boolean recordingPlots) {
      super(name, parent);
      this.topLevel = topLevel;
      this.recordingPlots = recordingPlots;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (!name.startsWith(CourseClasses.PACKAGE + ".")
          || !topLevel.contains(CourseClasses.topLevel(name))) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = TrustedClasses.bytes(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      if (recordingPlots && CourseClasses.topLevel(name).equals("Plots")) {
        bytes = TrustedClasses.recordingPlots(name, bytes);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }

  /** The student's classes, loaded before the parent's of the same name. */
  private static final class SubmissionLoader extends OwnFirstLoader {
    private final Map<String, byte[]> classes;
    private final ClassLoader parent;

    SubmissionLoader(ClassLoader parent, Map<String, byte[]> classes) {
      super(VisibleFrames.SUBMISSION, parent);
      this.classes = classes;
      this.parent = parent;
    }

    @Override
    Class<?> loadNew(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      return bytes != null ? defineClass(name, bytes, 0, bytes.length) : parent.loadClass(name);
    }
  }

  /** Defines the driver next to the submission; the driver's API types come from the grader. */
  private static final class DriverLoader extends OwnFirstLoader {
    private static final String DRIVER_PACKAGE = "neurograde.hidden.driver.java.";
    private final ClassLoader submission;

    DriverLoader(ClassLoader submission) {
      super("driver", submission);
      this.submission = submission;
    }

    @Override
    Class<?> loadNew(String name) throws ClassNotFoundException {
      if (name.startsWith(DRIVER_PACKAGE)) {
        byte[] bytes = TrustedClasses.bytes(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      } else if (name.startsWith("neurograde.")) {
        return APP.loadClass(name);
      } else {
        return submission.loadClass(name);
      }
    }
  }

  /** A loader that serves no resources: student code must not read the grader's. */
  private abstract static class ClosedLoader extends ClassLoader {
    ClosedLoader(String name, ClassLoader parent) {
      super(name, parent);
    }

    @Override
    protected URL findResource(String name) {
      return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
      return java.util.Collections.emptyEnumeration();
    }
  }

  /** A loader that decides itself where each class comes from, before any parent is asked. */
  private abstract static class OwnFirstLoader extends ClosedLoader {
    OwnFirstLoader(String name, ClassLoader parent) {
      super(name, parent);
    }

    /** Defines or finds a class this loader has not loaded yet. */
    abstract Class<?> loadNew(String name) throws ClassNotFoundException;

    @Override
    protected final Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = loadNew(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
