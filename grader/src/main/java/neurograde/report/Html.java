package neurograde.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import neurograde.internal.AtomicFile;
import neurograde.score.ResultFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The shared skeleton of the report pages: one self-contained file each (styles and images inside),
 * styled for screen and print.
 */
final class Html {

  static final String CSS =
      """
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 0 auto; max-width: 1180px; padding: 1.5em; }
      h1 { margin: .2em 0; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 1.6em; }
      .course { color: #666; margin: 0; } .total { font-size: 1.15em; font-weight: 600; }
      .no-submission { font-size: 1.1em; padding: .5em .8em; background: #f4f4f4; border-left: 4px solid #777; }
      table { border-collapse: collapse; } th, td { padding: .25em .6em; border-bottom: 1px solid #eee; text-align: left; }
      th { background: #f4f4f4; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      tr.lost td { background: #fff4f2; }
      ul.checks { list-style: none; padding: 0; } ul.checks li { padding: .35em .5em; border-left: 4px solid #ccc; margin: .3em 0; background: #fafafa; }
      ul.checks li.pass { border-color: #2e7d32; } ul.checks li.fail { border-color: #c0392b; background: #fff6f5; }
      .mark { font-weight: bold; margin-right: .5em; } li.pass .mark { color: #2e7d32; } li.fail .mark { color: #c0392b; }
      .check-score { float: right; font-variant-numeric: tabular-nums; color: #555; }
      .message { margin: .3em 0 0 1.6em; overflow-wrap: anywhere; } .message.same { color: #555; }
      .mistake { margin: .2em 0 0 1.6em; color: #8e44ad; font-weight: 600; }
      pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: .6em; border-radius: 4px; max-height: 30em; overflow: auto; }
      pre.answer, pre.comment { font: inherit; unicode-bidi: plaintext; } pre.whole { max-height: 60em; }
      .manual { border: 1px dashed #bbb; padding: .2em .8em; margin: .6em 0; } .rubric { color: #555; font-style: italic; }
      .label.missing, p.missing { color: #8a4b00; font-weight: 600; }
      figure.plots { margin: .6em 0; } figure.plots img { max-width: calc(50% - .6em); height: auto; border: 1px solid #ddd; margin: .2em; vertical-align: top; }
      figure.plots .caption { color: #555; font-size: .9em; margin: .2em 0 0; max-width: 60em; }
      h3 { font-size: 1em; margin: .8em 0 .2em; } .own-plots { border-left: 4px solid #c0392b; padding-left: .6em; }
      p.plot-missing { color: #8a4b00; font-weight: 600; overflow-wrap: anywhere; } p.plot-note { color: #555; font-size: .9em; overflow-wrap: anywhere; }
      .kind { display: inline-block; min-width: 5.5em; font-size: .8em; font-weight: 700; text-transform: uppercase; color: #fff; background: #777; padding: .05em .4em; border-radius: 3px; }
      .kind.compile, .kind.forbidden, .kind.timeout, .kind.crash, .kind.memory { background: #c0392b; } .kind.grader { background: #d35400; }
      ul.diagnostics li { margin: .3em 0; overflow-wrap: anywhere; }
      .score { float: right; font-size: .8em; color: #555; font-weight: normal; }
      td.bar-cell { width: 24em; } .bar { background: #5c7cfa; height: 1em; display: inline-block; }
      th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; text-align: inherit; }
      th button { text-decoration: underline dotted #999; text-underline-offset: .2em; }
      th[aria-sort=ascending] button:after { content: " \\2191"; } th[aria-sort=descending] button:after { content: " \\2193"; }
      th button:focus-visible, .scroll:focus-visible { outline: 2px solid #5c7cfa; outline-offset: 2px; }
      .scroll { overflow-x: auto; max-width: 100%; }
      table.compact { font-size: .93em; } table.compact th, table.compact td { padding: .2em .35em; white-space: nowrap; }
      #students .name { display: block; font-size: .85em; color: #555; white-space: normal; max-width: 8em; }
      #students td.problems { white-space: normal; min-width: 6em; }
      #students tbody th { font-weight: normal; background: #fff; }
      #students tbody th, #students thead th:first-child { position: sticky; left: 0; z-index: 1; box-shadow: 1px 0 0 #ddd; }
      #students td.lost { color: #c0392b; } #students td.pending { background: #fffbe6; }
      #students tr.absent td, #students tr.absent th { color: #777; font-style: italic; }
      @media (max-width: 1100px) { body { padding: .8em; font-size: 14px; } }
      @media print { body { max-width: none; padding: 0; font-size: 11pt; } details { display: none; } .item { break-inside: avoid-page; }
        figure.plots img { max-width: 45%; } a { color: inherit; text-decoration: none; } .scroll { overflow: visible; } th button { text-decoration: none; } }
      """;

  private Html() {}

  static Document page(String title) {
    Document page = Document.createShell("");
    page.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
    page.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
    page.selectFirst("html").attr("lang", "en");
    Element head = page.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(title);
    head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
    return page;
  }

  static void write(Document page, Path file) throws IOException {
    ResultFiles.writeAtomically(file, page.outerHtml());
  }

  /**
   * Writes a page whose images' sources are placeholders, putting the images in as the page is
   * written: Jsoup would otherwise escape every character of every image, most of a page's work.
   *
   * @param images the {@code data:} URL for each placeholder; each placeholder holds a random part,
   *     so nothing a student wrote can name one
   */
  static void write(Document page, Path file, Map<String, String> images) throws IOException {
    String html = page.outerHtml();
    AtomicFile.write(
        file,
        out -> {
          // the page's text as UTF-8, the images (ASCII) copied in between
          int from = 0;
          for (Map.Entry<String, String> image : images.entrySet()) {
            int at = html.indexOf("\"" + image.getKey() + "\"", from);
            if (at < 0) {
              throw new IllegalStateException("image " + image.getKey() + " is not in the page");
            }
            out.write(html.substring(from, at + 1).getBytes(StandardCharsets.UTF_8));
            out.write(image.getValue().getBytes(StandardCharsets.US_ASCII));
            from = at + 1 + image.getKey().length();
          }
          out.write(html.substring(from).getBytes(StandardCharsets.UTF_8));
        });
  }

  /** Formats marks: 41.5, 47, 2.4. */
  static String marks(Double value) {
    if (value == null) {
      return "";
    }
    if (value == Math.rint(value)) {
      return Long.toString(Math.round(value));
    }
    return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "");
  }
}
