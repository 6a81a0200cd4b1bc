package neurograde.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shim of the course's Plots: the same public methods, each handing its call to the recorder,
 * in a class loader that sees no chart library and no grader class.
 */
class RecordingPlotsTest {

  private static byte[] trustedPlots() throws IOException {
    try (InputStream in =
        RecordingPlotsTest.class.getClassLoader().getResourceAsStream("neurons/Plots.class")) {
      return in.readAllBytes();
    }
  }

  /** Loads only the shim, under the platform loader: JFreeChart and the grader are out of reach. */
  private static Class<?> load(byte[] bytes) throws ClassNotFoundException {
    return new ClassLoader("shim-test", ClassLoader.getPlatformClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.equals("neurons.Plots")) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    }.loadClass("neurons.Plots");
  }

  private static Set<String> publicStatics(Class<?> type) {
    Set<String> methods = new TreeSet<>();
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
        methods.add(m.getName() + Arrays.toString(m.getParameterTypes()));
      }
    }
    return methods;
  }

  @Test
  void theShimHasEveryPublicMethodOfPlots_andRecordsEachCall() throws Exception {
    Class<?> shim = load(RecordingPlots.shim(trustedPlots()));
    List<Object[]> calls = new ArrayList<>();
    RecordingPlots.connect(shim, (name, args) -> calls.add(new Object[] {name, args}));

    assertThat(publicStatics(shim)).isEqualTo(publicStatics(neurons.Plots.class)).isNotEmpty();
    double[] x = {1, 2};
    shim.getMethod(
            "dots",
            String.class,
            String.class,
            String.class,
            String.class,
            double[].class,
            double[].class)
        .invoke(null, "a.png", "title", "x", "y", x, x);
    shim.getMethod("raster", String.class, String.class, List.class, List.class, double.class)
        .invoke(null, "b.png", "r", List.of(), List.of(), 1.5);

    assertThat(calls).hasSize(2);
    assertThat(calls.get(0)[0]).isEqualTo("dots");
    assertThat((Object[]) calls.get(0)[1]).containsExactly("a.png", "title", "x", "y", x, x);
    assertThat((Object[]) calls.get(1)[1]).containsExactly("b.png", "r", List.of(), List.of(), 1.5);
  }

  @Test
  void anUnconnectedShim_doesNothing_andConnectsOnce() throws Exception {
    Class<?> shim = load(RecordingPlots.shim(trustedPlots()));

    shim.getMethod("curves", String.class, String.class, double[].class, List.class, List.class)
        .invoke(null, "c.png", "c", new double[0], List.of(), List.of());
    RecordingPlots.connect(shim, (name, args) -> {});

    assertThatThrownBy(() -> RecordingPlots.connect(shim, (name, args) -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("connected already");
  }

  @Test
  void theReferencesMain_drawsItsFivePlots() {
    DrawnPlots plots = ReferencePlots.record();

    assertThat(plots.failure()).isNull();
    assertThat(plots.figures())
        .extracting(DrawnFigure::call)
        .containsExactly("dots", "raster", "raster", "raster", "curves");
    assertThat(plots.figures())
        .extracting(DrawnFigure::file)
        .containsExactly(
            "plots/3a-firing-rate.png",
            "plots/3b-two-neurons.png",
            "plots/3c-inhibition.png",
            "plots/3d-ring.png",
            "plots/4b-activations.png");
    assertThat(plots.figures().get(0).series().get(0).y()).hasSize(20).contains(99.5f);
  }
}
