package neurograde.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/** A folder only this user can write, and files in it likewise (where a class archive is kept). */
final class PrivateFolder {

  private static final Set<PosixFilePermission> OTHERS_WRITE =
      Set.of(PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private PrivateFolder() {}

  /** The folder, created with access for this user only if missing; empty if not private. */
  static Optional<Path> of(Path folder) {
    try {
      if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !isPrivateFile(folder)) {
        return Optional.empty();
      }
      return Optional.of(folder);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty(); // not a POSIX file system, or not writable: no archive
    }
  }

  /** Whether a file (or folder) is this user's and no one else may write it. */
  static boolean isPrivateFile(Path file) {
    try {
      return isOwn(file, LinkOption.NOFOLLOW_LINKS)
          && Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).stream()
              .noneMatch(OTHERS_WRITE::contains);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Whether a file (or folder, its links followed unless told otherwise) is this user's. */
  static boolean isOwn(Path file, LinkOption... options) {
    try {
      return Files.getAttribute(file, "unix:uid", options) instanceof Integer uid
          && uid == currentUid();
    } catch (IOException
        | UnsupportedOperationException
        | IllegalArgumentException
        | LinkageError e) {
      return false;
    }
  }

  private static long currentUid() {
    return new com.sun.security.auth.module.UnixSystem().getUid();
  }
}
