package neurograde.hidden.checks;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /** Each hidden test's method by id, made callable from outside this package (the worker's). */
  private static final Map<String, Method> METHODS = new HashMap<>();

  /** Each test class's constructor, made callable likewise. */
  private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new HashMap<>();

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

  /** Returns the method of a hidden test, callable from outside this package. */
  public static Method method(CheckInfo info) {
    Method method = METHODS.get(info.id());
    if (method == null) {
      throw new IllegalArgumentException("not a hidden test: " + info.id());
    }
    return method;
  }

  /**
   * Returns a new instance of a hidden test's class: one per test, as JUnit makes them.
   *
   * @throws InvocationTargetException if the constructor threw
   */
  public static Object newInstance(CheckInfo info) throws ReflectiveOperationException {
    return CONSTRUCTORS.get(method(info).getDeclaringClass()).newInstance();
  }

  private static List<CheckInfo> scan() {
    List<CheckInfo> all = new ArrayList<>();
    for (Class<?> type : CLASSES) {
      Method[] methods = type.getDeclaredMethods();
      Arrays.sort(methods, Comparator.comparing(Method::getName));
      for (Method method : methods) {
        Check check = method.getAnnotation(Check.class);
        Observe observe = method.getAnnotation(Observe.class);
        if (check != null || observe != null) {
          method.setAccessible(true);
          METHODS.put(check != null ? check.value() : "observe." + observe.value(), method);
          CONSTRUCTORS.computeIfAbsent(type, HiddenChecks::constructor);
        }
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

  private static Constructor<?> constructor(Class<?> type) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " has no constructor without arguments", e);
    }
  }
}
