package neurograde.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import neurograde.InputException;

/**
 * Recognises spreadsheets the import cannot read, to say how to save them as XLSX instead of
 * failing with the spreadsheet library's words.
 */
final class SpreadsheetFormat {

  /** What an OpenDocument file's first zip entry, "mimetype", holds, at byte 30 of the file. */
  private static final String ODF_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument";

  private static final String SAVE_AS =
      "; open it in your spreadsheet program and save it as an Excel workbook (.xlsx) (in"
          + " LibreOffice: File > Save As, file type \"Excel 2007-365 (.xlsx)\", and \"Use Excel"
          + " 2007-365!\" when asked), then import the .xlsx file";

  private SpreadsheetFormat() {}

  /**
   * Refuses a file that is an OpenDocument spreadsheet (.ods, what LibreOffice saves by default), a
   * CSV or an Apple Numbers file, with what to do instead.
   *
   * @throws InputException naming the format and how to save the file as XLSX
   */
  static void requireXlsx(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (isOpenDocument(file) || name.endsWith(".ods") || name.endsWith(".fods")) {
      throw new InputException(
          file + ": an OpenDocument spreadsheet (.ods); the grader reads .xlsx only" + SAVE_AS);
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
      throw new InputException(
          file
              + ": a text file keeps only one sheet's values, without the gradebook's hidden"
              + " record of what it was exported with; import the .xlsx gradebook instead (if"
              + " you saved it as text, open the .xlsx again and enter the marks there)");
    }
    if (name.endsWith(".numbers")) {
      throw new InputException(
          file
              + ": an Apple Numbers file; in Numbers choose File > Export To > Excel, then import"
              + " the .xlsx file");
    }
  }

  private static boolean isOpenDocument(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(30 + ODF_MIMETYPE.length());
      if (head.length < 30 + ODF_MIMETYPE.length()) {
        return false;
      }
      String text =
          new String(Arrays.copyOfRange(head, 30, head.length), StandardCharsets.ISO_8859_1);
      return head[0] == 'P' && head[1] == 'K' && text.equals(ODF_MIMETYPE);
    } catch (IOException e) {
      return false;
    }
  }
}
