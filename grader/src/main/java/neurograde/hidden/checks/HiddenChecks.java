package neurograde.hidden.checks;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import neurograde.hidden.Check;
import neurograde.hidden.CheckInfo;
import neurograde.hidden.Layer;
import neurograde.hidden.Observe;

/** The hidden tests: the front door of this package. */
public final class HiddenChecks {

  private static final List<Class<?>> CLASSES =
      List.of(
          SlopeChecks.class,
          StepChecks.class,
          SimulateChecks.class,
          FiringRateChecks.class,
          SmallNetworkChecks.class,
          RingChecks.class,
          ActivationChecks.class,
          Observations.class,
          MainPlots.class);

  private static final List<CheckInfo> ALL = scan();

  private HiddenChecks() {}

  /** Returns the test classes, in the order they run. */
  public static List<Class<?>> classes() {
    return CLASSES;
  }

  /** Returns every check and observation, in the order they run. */
  public static List<CheckInfo> all() {
    return ALL;
  }

  /** Returns the checks only (no observations), in the order they run. */
  public static List<CheckInfo> checks() {
    return ALL.stream().filter(c -> !c.observation()).toList();
  }

  private static List<CheckInfo> scan() {
    List<CheckInfo> all = new ArrayList<>();
    for (Class<?> type : CLASSES) {
      Method[] methods = type.getDeclaredMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method method : methods) {
        Check check = method.getAnnotation(Check.class);
        Observe observe = method.getAnnotation(Observe.class);
        if (check != null) {
          all.add(
              new CheckInfo(
                  check.value(),
                  check.layer(),
                  List.of(check.uses()),
                  check.slow(),
                  false,
                  type.getName(),
                  method.getName()));
        } else if (observe != null) {
          all.add(
              new CheckInfo(
                  "observe." + observe.value(),
                  Layer.OWN,
                  List.of(),
                  observe.slow(),
                  true,
                  type.getName(),
                  method.getName()));
        }
      }
    }
    return List.copyOf(all);
  }
}
