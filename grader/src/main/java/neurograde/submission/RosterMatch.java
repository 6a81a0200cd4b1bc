package neurograde.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs a roster's ids with the ids of the submissions of a run. Ids match exactly or, failing
 * that, ignoring case (an LMS export's {@code Alice} is the folder {@code alice}); neither side can
 * hold two ids that differ only in case, so a match is never ambiguous. A matched student keeps the
 * submission's id, which names their result file.
 *
 * @param names roster names by submission id, for the submissions on the roster (a name may be
 *     null)
 * @param absent roster students with no submission in this run: name by roster id
 * @param warnings what a user should check: ids matched only ignoring case, submissions that are
 *     not on the roster
 */
public record RosterMatch(
    Map<String, String> names, Map<String, String> absent, List<String> warnings) {

  /**
   * Matches a roster with the submissions of a run.
   *
   * @param roster names by roster id, empty when no roster was given (then nothing is warned)
   */
  public static RosterMatch of(Map<String, String> roster, Collection<String> submissions) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, String> absent = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    if (roster.isEmpty()) {
      return new RosterMatch(names, absent, warnings);
    }
    Map<String, String> byLowerCase = new HashMap<>();
    for (String id : submissions) {
      byLowerCase.put(id.toLowerCase(Locale.ROOT), id);
    }
    for (Map.Entry<String, String> student : roster.entrySet()) {
      String id = student.getKey();
      String submission =
          submissions.contains(id) ? id : byLowerCase.get(id.toLowerCase(Locale.ROOT));
      if (submission == null || names.containsKey(submission)) {
        absent.put(id, student.getValue());
        continue;
      }
      names.put(submission, student.getValue());
      if (!submission.equals(id)) {
        warnings.add(
            "roster id \""
                + id
                + "\" matched the submission \""
                + submission
                + "\" ignoring case; its result is "
                + submission
                + ".json");
      }
    }
    for (String id : submissions) {
      if (!names.containsKey(id)) {
        warnings.add("submission \"" + id + "\" is not on the roster; it was graded all the same");
      }
    }
    return new RosterMatch(names, absent, warnings);
  }
}
