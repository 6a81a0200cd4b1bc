package neurograde.submission;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Goes through the entries of a zip with memory bounded by the entries looked at, not by the zip.
 *
 * <p>A small zip is read through its central directory, which also says which entries are symbolic
 * links. A large one is read as a stream, entry by entry: its central directory could list millions
 * of empty entries (100 MB of zip held 1.5 GB in memory as directory objects), and only the first
 * {@link SubmissionReader#MAX_ENTRIES} are ever looked at. A stream carries no link flags, which
 * costs nothing: the grader never writes an entry to disk, so a link's entry is only its target's
 * name as text.
 */
final class ZipEntries {

  /** Zips up to this size (bytes) are read through their central directory. */
  static final long DIRECTORY_LIMIT = 8L << 20;

  /** What is seen of one entry. */
  interface Visitor {
    /**
     * Looks at an entry; returns false to stop.
     *
     * @param content the entry's bytes, readable during this call only
     */
    boolean visit(String name, boolean directory, boolean symlink, long size, InputStream content)
        throws IOException;
  }

  private ZipEntries() {}

  /** Visits the entries in the order they are stored, until the visitor stops. */
  static void read(Path zip, Visitor visitor) throws IOException {
    if (Files.size(zip) <= DIRECTORY_LIMIT) {
      try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
        for (Enumeration<ZipArchiveEntry> all = file.getEntriesInPhysicalOrder();
            all.hasMoreElements(); ) {
          ZipArchiveEntry entry = all.nextElement();
          if (!visitor.visit(
              entry.getName(),
              entry.isDirectory(),
              entry.isUnixSymlink(),
              entry.getSize(),
              new LazyEntry(file, entry))) {
            return;
          }
        }
      }
      return;
    }
    try (ZipArchiveInputStream stream =
        new ZipArchiveInputStream(
            new BufferedInputStream(Files.newInputStream(zip)), "UTF-8", true, true)) {
      for (ZipArchiveEntry entry = stream.getNextEntry();
          entry != null;
          entry = stream.getNextEntry()) {
        if (!visitor.visit(entry.getName(), entry.isDirectory(), false, entry.getSize(), stream)) {
          return;
        }
      }
    }
  }

  /** An entry's bytes, opened only if read. */
  private static final class LazyEntry extends InputStream {
    private final ZipFile file;
    private final ZipArchiveEntry entry;
    private InputStream in;

    LazyEntry(ZipFile file, ZipArchiveEntry entry) {
      this.file = file;
      this.entry = entry;
    }

    private InputStream in() throws IOException {
      if (in == null) {
        in = file.getInputStream(entry);
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      return in().read();
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      return in().read(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      if (in != null) {
        in.close();
      }
    }
  }
}
