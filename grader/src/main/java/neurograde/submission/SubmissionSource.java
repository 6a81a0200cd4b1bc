package neurograde.submission;

import java.nio.file.Path;

/**
 * Where one student's submission is: a folder or a zip.
 *
 * @param student the student's id: the folder's name or the zip's name without {@code .zip}
 * @param path the folder or zip
 * @param zip whether it is a zip
 */
public record SubmissionSource(String student, Path path, boolean zip) {}
