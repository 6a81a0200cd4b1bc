package neurograde.internal;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for a misspelt name: the closest known name, if it is close. */
public final class Suggestion {

  private Suggestion() {}

  /**
   * Returns {@code " (did you mean \"x\"?)"} for the known name closest to a misspelt one, or an
   * empty text if none is within a third of the name's length (at least 2) in edit distance.
   */
  public static String didYouMean(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int limit = Math.max(2, name.length() / 3);
    return best != null && bestDistance <= limit ? " (did you mean \"" + best + "\"?)" : "";
  }

  /** Levenshtein distance: the fewest insertions, deletions and replacements from a to b. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
