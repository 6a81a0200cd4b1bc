package neurograde.screen;

import java.util.List;
import java.util.Set;

/**
 * The student methods a check calls directly, and the written classes it runs from the reference
 * instead of the student's (so calls into them do not reach student code).
 *
 * @param checkId the check
 * @param patterns methods as {@code Class#method}, where method may end in {@code *}: for example
 *     {@code LIFNeuron#get*} or {@code Experiments#twoNeurons}
 * @param fromReference simple names of written classes the check links to the reference's
 */
public record EntryPoints(String checkId, List<String> patterns, Set<String> fromReference) {

  public EntryPoints {
    patterns = List.copyOf(patterns);
    fromReference = Set.copyOf(fromReference);
  }
}
