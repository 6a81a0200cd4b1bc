package neurograde.export;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The shared strings of a gradebook being written, looked up by text.
 *
 * <p>POI finds a string already in the table by serialising each new cell's text to XML, which made
 * most of the time of an export (75,000 text cells, 600 distinct texts, for a class of 300). Here
 * the first occurrence of a text is added as POI adds it, and every repeat takes the index POI gave
 * it and counts one more use, so the table and the cells are as POI would write them.
 */
final class GradebookStrings extends SharedStringsTable {

  private final Map<String, Integer> indices = new HashMap<>();

  /** Returns a workbook's shared strings if they are a {@code GradebookStrings}, else null. */
  static GradebookStrings of(XSSFWorkbook workbook) {
    return workbook.getSharedStringSource() instanceof GradebookStrings strings ? strings : null;
  }

  /** Returns the index of a plain text in the table, adding it at its first use. */
  int indexOf(String text) {
    Integer index = indices.get(text);
    if (index == null) {
      index = addSharedStringItem(new XSSFRichTextString(text));
      indices.put(text, index);
    } else {
      count++;
    }
    return index;
  }
}
