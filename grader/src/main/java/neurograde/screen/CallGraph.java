package neurograde.screen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which student methods can run when the grader calls a given one.
 *
 * <p>Conservative: a call reaches every student method of the same name and descriptor (any
 * override), a constructor call reaches that constructor, creating an instance of a class (with
 * {@code new} or a constructor reference) reaches all its instance methods, including those it
 * inherits from student superclasses and interfaces (the JDK may call toString, compareTo, run
 * ...), and touching a class reaches its static initializer and those of its student supertypes.
 */
final class CallGraph {

  private final Map<MethodRef, Set<MethodRef>> edges = new HashMap<>();

  void add(MethodRef from, MethodRef to) {
    edges.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
  }

  /**
   * Returns the methods reachable from the roots, roots included.
   *
   * @param cut top-level simple names of classes whose methods are not entered (the reference runs
   *     instead)
   */
  Set<MethodRef> reachable(List<MethodRef> roots, Set<String> cut) {
    Set<MethodRef> seen = new HashSet<>();
    Deque<MethodRef> queue = new ArrayDeque<>();
    for (MethodRef root : roots) {
      if (!cut.contains(root.topLevelSimpleName()) && seen.add(root)) {
        queue.add(root);
      }
    }
    while (!queue.isEmpty()) {
      for (MethodRef next : edges.getOrDefault(queue.poll(), Set.of())) {
        if (!cut.contains(next.topLevelSimpleName()) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }
}
