package neurograde.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import neurograde.compile.CourseClasses;

/**
 * Tells, from the paths of the files in a folder or zip, whether it holds one submission or several
 * students' (a whole class zipped with a top folder of one folder per student).
 *
 * <p>Folders that only wrap the rest ({@code export/Assignment 1/...}) are looked through. A level
 * that holds a {@code pom.xml}, a {@code src} folder, {@code ANSWERS.md} or {@code .java} files is
 * one submission, as the grader's rule for folders says. Otherwise, if two or more of its folders
 * each hold a file of the same course class ({@code LIFNeuron.java} in {@code alice/} and in {@code
 * bob/}), or it holds two or more zips and no sources, it holds several submissions.
 */
final class SubmissionLayout {

  /** Most wrapping folders looked through: real exports have one or two. */
  private static final int MAX_DEPTH = 16;

  private SubmissionLayout() {}

  /**
   * Returns the folders (paths ending in {@code /}) or zips that are separate submissions, or an
   * empty list if the files are one submission.
   *
   * @param paths the files' paths, relative, with forward slashes
   */
  static List<String> separateSubmissions(Collection<String> paths) {
    List<String> files = new ArrayList<>();
    for (String path : paths) {
      String normal = path.replace('\\', '/');
      while (normal.startsWith("./")) {
        normal = normal.substring(2);
      }
      if (!normal.isEmpty() && !normal.endsWith("/") && !ignored(normal)) {
        files.add(normal);
      }
    }
    String prefix = "";
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      Map<String, Set<String>> courseFilesByChild = new TreeMap<>();
      Set<String> relevantChildren = new TreeSet<>();
      Set<String> childrenWithSources = new TreeSet<>();
      Set<String> childrenWithZips = new TreeSet<>();
      List<String> zips = new ArrayList<>();
      for (String file : files) {
        if (!file.startsWith(prefix)) {
          continue;
        }
        String rest = file.substring(prefix.length());
        int slash = rest.indexOf('/');
        String name = rest.substring(rest.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (slash < 0) {
          if (lower.endsWith(".java") || lower.equals("answers.md") || lower.equals("pom.xml")) {
            return List.of();
          }
          if (lower.endsWith(".zip")) {
            zips.add(prefix + name);
          }
          continue;
        }
        String child = rest.substring(0, slash);
        if (child.equals("src")) {
          return List.of();
        }
        if (lower.endsWith(".java") || lower.equals("answers.md")) {
          relevantChildren.add(child);
          childrenWithSources.add(child);
        } else if (lower.endsWith(".zip")) {
          relevantChildren.add(child);
          childrenWithZips.add(child);
        }
        if (lower.endsWith(".java")
            && CourseClasses.WRITTEN.contains(name.substring(0, name.length() - 5))) {
          courseFilesByChild.computeIfAbsent(child, k -> new TreeSet<>()).add(name);
        }
      }
      if (relevantChildren.size() == 1 && zips.isEmpty()) {
        prefix = prefix + relevantChildren.iterator().next() + "/";
        continue;
      }
      if (childrenWithSources.isEmpty()) {
        // an LMS export: a zip per student, alone or each in a folder of its own
        List<String> separate = new ArrayList<>(zips);
        for (String child : childrenWithZips) {
          separate.add(prefix + child + "/");
        }
        return separate.size() >= 2 ? separate : List.of();
      }
      Set<String> seen = new TreeSet<>();
      Set<String> shared = new TreeSet<>();
      for (Set<String> names : courseFilesByChild.values()) {
        for (String name : names) {
          if (!seen.add(name)) {
            shared.add(name);
          }
        }
      }
      if (shared.isEmpty()) {
        return List.of();
      }
      List<String> separate = new ArrayList<>();
      for (Map.Entry<String, Set<String>> child : courseFilesByChild.entrySet()) {
        if (child.getValue().stream().anyMatch(shared::contains)) {
          separate.add(prefix + child.getKey() + "/");
        }
      }
      return separate;
    }
    return List.of();
  }

  /** Says which submissions, naming at most a few. */
  static String describe(List<String> separate) {
    int shown = Math.min(3, separate.size());
    return String.join(", ", separate.subList(0, shown))
        + (separate.size() > shown ? " and " + (separate.size() - shown) + " more" : "");
  }

  private static boolean ignored(String path) {
    for (String segment : path.split("/")) {
      if ((segment.startsWith(".") && !segment.equals(".") && !segment.equals(".."))
          || segment.equals("__MACOSX")) {
        return true;
      }
    }
    return false;
  }
}
