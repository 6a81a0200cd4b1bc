package neurograde.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import neurograde.score.ResultFiles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The shared skeleton of the report pages: one self-contained file each, styled for screen and
 * print.
 */
final class Html {

  static final String CSS =
      """
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 0 auto; max-width: 1180px; padding: 1.5em; }
      h1 { margin: .2em 0; } h2 { border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 1.6em; }
      .course { color: #666; margin: 0; } .total { font-size: 1.15em; font-weight: 600; }
      table { border-collapse: collapse; } th, td { padding: .25em .6em; border-bottom: 1px solid #eee; text-align: left; }
      th { background: #f4f4f4; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      tr.lost td { background: #fff4f2; }
      ul.checks { list-style: none; padding: 0; } ul.checks li { padding: .35em .5em; border-left: 4px solid #ccc; margin: .3em 0; background: #fafafa; }
      ul.checks li.pass { border-color: #2e7d32; } ul.checks li.fail { border-color: #c0392b; background: #fff6f5; }
      .mark { font-weight: bold; margin-right: .5em; } li.pass .mark { color: #2e7d32; } li.fail .mark { color: #c0392b; }
      .check-score { float: right; font-variant-numeric: tabular-nums; color: #555; }
      .message { margin: .3em 0 0 1.6em; } .mistake { margin: .2em 0 0 1.6em; color: #8e44ad; font-weight: 600; }
      pre, .answer { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; padding: .6em; border-radius: 4px; max-height: 30em; overflow: auto; }
      .manual { border: 1px dashed #bbb; padding: .2em .8em; margin: .6em 0; } .rubric { color: #555; font-style: italic; }
      .plots img { max-width: 49%; border: 1px solid #ddd; margin: .2em; vertical-align: top; }
      .plots .caption { color: #555; font-size: .9em; margin: .2em 0 0; max-width: 60em; }
      .kind { display: inline-block; min-width: 5.5em; font-size: .8em; font-weight: 700; text-transform: uppercase; color: #fff; background: #777; padding: .05em .4em; border-radius: 3px; }
      .kind.compile, .kind.forbidden, .kind.timeout, .kind.crash, .kind.memory { background: #c0392b; } .kind.grader { background: #d35400; }
      .score { float: right; font-size: .8em; color: #555; font-weight: normal; }
      .bar { background: #5c7cfa; height: 1em; display: inline-block; }
      th.sortable { cursor: pointer; } th.sortable:after { content: " \\2195"; color: #aaa; }
      @media print { body { max-width: none; padding: 0; font-size: 11pt; } details { display: none; } .item { break-inside: avoid-page; }
        .plots img { max-width: 45%; } a { color: inherit; text-decoration: none; } }
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
