package neurograde.hidden.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.List;
import neurograde.hidden.Check;
import neurograde.hidden.CheckInfo;
import neurograde.hidden.Observe;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The worker runs the hidden tests in the order of {@link HiddenChecks#all()}: it must be the order
 * JUnit gives their annotations (classes by {@code @Order}, methods by name), and each must be
 * callable from the worker's package.
 */
class HiddenChecksTest {

  @Test
  void classesRunInTheOrderOfTheirOrderAnnotations() {
    List<Class<?>> classes = HiddenChecks.classes();
    assertThat(classes).allMatch(c -> c.isAnnotationPresent(Order.class));
    assertThat(classes)
        .isSortedAccordingTo(Comparator.comparingInt(c -> c.getAnnotation(Order.class).value()));
  }

  @Test
  void testsRunClassByClassAndByNameWithinAClass() {
    List<CheckInfo> all = HiddenChecks.all();
    for (int i = 1; i < all.size(); i++) {
      CheckInfo before = all.get(i - 1);
      CheckInfo after = all.get(i);
      int classBefore = indexOf(before.className());
      int classAfter = indexOf(after.className());
      assertThat(classAfter).isGreaterThanOrEqualTo(classBefore);
      if (classAfter == classBefore) {
        assertThat(after.methodName()).isGreaterThan(before.methodName());
      }
    }
    // observations last: a main that hangs costs only them
    int firstObservation =
        all.indexOf(all.stream().filter(CheckInfo::observation).findFirst().get());
    assertThat(all.subList(firstObservation, all.size())).allMatch(CheckInfo::observation);
    assertThat(all.subList(0, firstObservation)).noneMatch(CheckInfo::observation);
  }

  @Test
  void everyTestIsItsAnnotatedMethodOnAFreshInstance() throws Exception {
    for (CheckInfo info : HiddenChecks.all()) {
      Method method = HiddenChecks.method(info);
      assertThat(method.getDeclaringClass().getName()).isEqualTo(info.className());
      assertThat(method.getName()).isEqualTo(info.methodName());
      assertThat(method.canAccess(HiddenChecks.newInstance(info))).isTrue();
      Object first = HiddenChecks.newInstance(info);
      assertThat(HiddenChecks.newInstance(info)).isNotSameAs(first).isInstanceOf(first.getClass());
    }
  }

  @Test
  void noTestUsesJUnitFeaturesTheWorkerDoesNotRun() {
    // The worker runs @Check and @Observe methods alone: a lifecycle method, a @Disabled or
    // @Timeout, a parameter, or a plain @Test would be ignored there, not run as JUnit runs it.
    for (Class<?> type : HiddenChecks.classes()) {
      assertThat(type.getAnnotations())
          .allMatch(a -> !isJUnit(a) || a.annotationType() == Order.class, type + "'s annotations");
      for (Class<?> nested : type.getDeclaredClasses()) {
        assertThat(nested.getAnnotations())
            .as(nested.toString())
            .noneMatch(HiddenChecksTest::isJUnit);
        for (Method method : nested.getDeclaredMethods()) {
          assertThat(method.getAnnotations())
              .as(method.toString())
              .noneMatch(
                  a ->
                      isJUnit(a)
                          || a.annotationType() == Check.class
                          || a.annotationType() == Observe.class);
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        assertThat(method.getAnnotations()).noneMatch(HiddenChecksTest::isJUnit);
        if (method.isAnnotationPresent(Check.class) || method.isAnnotationPresent(Observe.class)) {
          assertThat(method.getParameterCount()).as(method.toString()).isZero();
          assertThat(method.getReturnType()).as(method.toString()).isEqualTo(void.class);
          assertThat(Modifier.isStatic(method.getModifiers())).as(method.toString()).isFalse();
        }
      }
    }
  }

  private static boolean isJUnit(Annotation annotation) {
    return annotation.annotationType().getName().startsWith("org.junit.");
  }

  private static int indexOf(String className) {
    List<Class<?>> classes = HiddenChecks.classes();
    for (int i = 0; i < classes.size(); i++) {
      if (classes.get(i).getName().equals(className)) {
        return i;
      }
    }
    throw new AssertionError("not a hidden test class: " + className);
  }
}
