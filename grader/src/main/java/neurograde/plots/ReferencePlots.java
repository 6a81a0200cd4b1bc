package neurograde.plots;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import neurograde.compile.CourseClasses;

/**
 * What the reference's {@code Experiments.main} asks {@code Plots} to draw: the figures a student's
 * own plots are shown beside. Recorded in the grader, with the reference's classes loaded afresh
 * beside the same recording {@code Plots} the workers use, so both are drawn alike.
 */
public final class ReferencePlots {

  private ReferencePlots() {}

  /** Runs the reference's main once and returns what it drew. */
  public static DrawnPlots record() {
    ClassLoader loader = new ReferenceLoader();
    PlotRecorder recorder = new PlotRecorder();
    try {
      RecordingPlots.connect(
          Class.forName(CourseClasses.PACKAGE + ".Plots", false, loader), recorder::record);
      recorder.start();
      loader
          .loadClass(CourseClasses.PACKAGE + ".Experiments")
          .getMethod("main", String[].class)
          .invoke(null, (Object) PlotRecorder.MAIN_ARGS.toArray(new String[0]));
      return recorder.stop(null);
    } catch (InvocationTargetException e) {
      return recorder.stop("the reference's main threw " + e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("the reference's Experiments.main cannot be run", e);
    }
  }

  /** The reference's classes of package neurons, from the grader's class path, Plots recording. */
  private static final class ReferenceLoader extends ClassLoader {

    ReferenceLoader() {
      super("reference-plots", ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      if (!name.startsWith(CourseClasses.PACKAGE + ".")) {
        throw new ClassNotFoundException(name);
      }
      String resource = name.replace('.', '/') + ".class";
      byte[] bytes;
      try (InputStream in = ReferencePlots.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new ClassNotFoundException(name);
        }
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
      if (CourseClasses.topLevel(name).equals("Plots")) {
        bytes = RecordingPlots.shim(bytes);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
