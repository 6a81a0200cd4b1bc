package neurograde.export;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's parts of a workbook, but for the shared strings ({@link GradebookStrings}) and the sheets
 * ({@link GradebookSheet}), which write a gradebook faster and the same.
 */
final class GradebookParts extends XSSFFactory {

  private GradebookParts() {}

  /** Returns a new, empty workbook made of these parts. */
  static XSSFWorkbook newWorkbook() {
    return new XSSFWorkbook(new GradebookParts());
  }

  @Override
  public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
    if (descriptor == XSSFRelation.SHARED_STRINGS) {
      return new GradebookStrings();
    }
    if (descriptor == XSSFRelation.WORKSHEET) {
      return new GradebookSheet();
    }
    return super.newDocumentPart(descriptor);
  }
}
