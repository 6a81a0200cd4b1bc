package neurograde.grading;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long each check took, summed over a batch: what the benchmark reports to show where worker
 * time goes.
 */
public final class CheckTimes {

  private final Map<String, LongAdder> millis = new ConcurrentHashMap<>();

  void add(String check, long ms) {
    millis.computeIfAbsent(check, k -> new LongAdder()).add(ms);
  }

  /** Returns the checks that took longest in total (ms), longest first. */
  public Map<String, Long> slowest(int count) {
    Map<String, Long> top = new LinkedHashMap<>();
    millis.entrySet().stream()
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> -e.getValue().sum()))
        .limit(count)
        .forEach(e -> top.put(e.getKey(), e.getValue().sum()));
    return top;
  }
}
