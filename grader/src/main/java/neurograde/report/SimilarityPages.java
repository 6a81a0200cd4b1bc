package neurograde.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import neurograde.similarity.PairView;
import neurograde.similarity.SimilarPair;
import neurograde.similarity.SimilarityReport;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The side-by-side pages of the similarity report, {@code similarity/pair-NNN.html} and {@code
 * similarity/known-NNN.html}: both codes line by line, each shared region numbered on both sides,
 * code the template or a known source gives in grey. Student code is inserted as text only.
 */
public final class SimilarityPages {

  private static final String CSS =
      """
      table { margin: .8em 0; }
      .sides { display: flex; gap: 1em; align-items: flex-start; }
      .side { flex: 1 1 50%; min-width: 0; }
      .side h3 { position: sticky; top: 0; background: #fff; margin: 0; padding: .3em 0; }
      table.code { border-collapse: collapse; width: 100%; font: 12px/1.35 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
      table.code td { border: 0; padding: 0 .4em; vertical-align: top; }
      table.code td.ln { color: #999; text-align: right; user-select: none; width: 3em; }
      table.code td.rg { width: 2.5em; text-align: right; }
      table.code td.src { white-space: pre-wrap; word-break: break-all; }
      tr.given td.src { color: #aaa; }
      tr.r1 { background: #ffe8a3; } tr.r2 { background: #c8e6ff; } tr.r3 { background: #d6f5d6; } tr.r4 { background: #f9d0e6; }
      tr.r5 { background: #e3d7ff; } tr.r6 { background: #ffd8b8; } tr.r7 { background: #c9f2ee; } tr.r0 { background: #eee3c8; }
      tr.marked td { font-weight: 600; } .legend span { padding: 0 .4em; margin-right: .6em; }
      """;

  private SimilarityPages() {}

  /** Writes one page per view, after removing the pages of an earlier run. */
  public static void write(Path out, List<PairView> views) throws IOException {
    Path folder = out.resolve(SimilarityReport.FOLDER);
    if (Files.isDirectory(folder)) {
      try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "{pair,known}-*.html")) {
        for (Path page : old) {
          Files.deleteIfExists(page);
        }
      }
    }
    for (PairView view : views) {
      Html.write(page(view), out.resolve(view.pair().page()));
    }
  }

  static Document page(PairView view) {
    SimilarPair pair = view.pair();
    String title =
        view.known()
            ? pair.first() + "'s code and the " + pair.second()
            : "Similar code: " + pair.first() + " and " + pair.second();
    Document page = Html.page(title);
    // Pretty printing would re-indent the code lines; their own indentation must stay.
    page.outputSettings().prettyPrint(false);
    page.head().appendElement("style").appendChild(new DataNode(CSS));
    Element body = page.body();
    body.appendElement("p")
        .addClass("course")
        .appendElement("a")
        .attr("href", "../index.html#similarity")
        .text("Class overview");
    body.appendElement("h1").text(title);
    summary(body, view);
    body.appendElement("p")
        .text(
            "Similar code is a reason to read both sides, not a finding: the assignment spells out"
                + " much of step and simulate, and short code can look alike by chance. JPlag"
                + " compares the structure of the code, so names, comments, layout and numbers make"
                + " no difference to it.");
    tables(body, pair);
    regions(body, view);
    Element legend = body.appendElement("p").addClass("legend");
    legend.appendText(
        "Shared regions have the same number (and colour) on both sides; click a number to see the other side. ");
    legend.appendElement("span").attr("style", "color: #aaa").text("Grey");
    legend.appendText(
        view.known()
            ? "code is in the template, so it does not count."
            : "code is in the template or a known source, so it does not count.");
    Element sides = body.appendElement("div").addClass("sides");
    side(sides, view.first(), view.regions(), true, true);
    side(sides, view.second(), view.regions(), false, !view.known());
    return page;
  }

  private static void summary(Element body, PairView view) {
    SimilarPair pair = view.pair();
    String status = pair.marked() ? "At or above the threshold." : "Below the threshold.";
    if (view.known()) {
      body.appendElement("p")
          .addClass("total")
          .text(
              SimilaritySection.percent(pair.score())
                  + " of "
                  + pair.first()
                  + "'s code (outside the template) is also in the "
                  + pair.second()
                  + ": "
                  + pair.sharedTokens()
                  + " JPlag tokens. "
                  + status);
      return;
    }
    body.appendElement("p")
        .addClass("total")
        .text(
            "Score "
                + SimilaritySection.percent(pair.score())
                + (pair.scoreClass() == null
                    ? " (no class has enough code in common to score)"
                    : ": their " + pair.scoreClass() + " classes are that similar")
                + ", counting only code that is neither in the template nor in a known source. "
                + status);
    body.appendElement("p")
        .text(
            "Over all their code: "
                + SimilaritySection.percent(pair.overall())
                + " ("
                + pair.sharedTokens()
                + " JPlag tokens in common; "
                + SimilaritySection.percent(pair.shareFirst())
                + " of "
                + pair.first()
                + "'s own code, "
                + SimilaritySection.percent(pair.shareSecond())
                + " of "
                + pair.second()
                + "'s).");
  }

  private static void tables(Element body, SimilarPair pair) {
    if (!pair.classes().isEmpty()) {
      Element table = body.appendElement("table");
      Element head = table.appendElement("tr");
      head.appendElement("th").text("Class");
      head.appendElement("th").addClass("num").text("Similarity");
      head.appendElement("th").addClass("num").text("Shared tokens");
      for (SimilarPair.ClassShare share : pair.classes()) {
        Element row = table.appendElement("tr");
        row.appendElement("td")
            .text(share.name() + (share.counted() ? "" : " (too little to score)"));
        row.appendElement("td").addClass("num").text(SimilaritySection.percent(share.similarity()));
        row.appendElement("td").addClass("num").text(Integer.toString(share.shared()));
      }
    }
    if (!pair.methods().isEmpty()) {
      Element table = body.appendElement("table");
      Element head = table.appendElement("tr");
      head.appendElement("th").text(pair.first() + "'s method");
      head.appendElement("th").text(pair.second() + "'s method");
      head.appendElement("th").addClass("num").text("Shared tokens");
      for (SimilarPair.MethodMatch method : pair.methods()) {
        Element row = table.appendElement("tr");
        row.appendElement("td").text(method.first());
        row.appendElement("td").text(method.second());
        row.appendElement("td").addClass("num").text(Integer.toString(method.tokens()));
      }
    }
  }

  private static void regions(Element body, PairView view) {
    if (view.regions().isEmpty()) {
      return;
    }
    Element table = body.appendElement("table").addClass("regions");
    Element head = table.appendElement("tr");
    head.appendElement("th").text("Region");
    head.appendElement("th").text(view.first().name());
    head.appendElement("th").text(view.second().name());
    head.appendElement("th").addClass("num").text("Tokens");
    for (PairView.Region region : view.regions()) {
      Element row = table.appendElement("tr").addClass("r" + region.number() % 8);
      row.appendElement("td").text(Integer.toString(region.number()));
      place(row.appendElement("td"), region.first(), "a" + region.number());
      place(row.appendElement("td"), region.second(), "b" + region.number());
      row.appendElement("td").addClass("num").text(Integer.toString(region.tokens()));
    }
  }

  private static void place(Element cell, PairView.Place place, String anchor) {
    cell.appendElement("a")
        .attr("href", "#" + anchor)
        .text(
            place.method()
                + ", "
                + place.path().substring(place.path().lastIndexOf('/') + 1)
                + (place.from() == place.to()
                    ? " line " + place.from()
                    : " lines " + place.from() + "-" + place.to()));
  }

  private static void side(
      Element sides,
      PairView.Side side,
      List<PairView.Region> regions,
      boolean first,
      boolean student) {
    String id = first ? "a" : "b";
    String other = first ? "b" : "a";
    Element column = sides.appendElement("div").addClass("side");
    Element heading = column.appendElement("h3");
    if (student) {
      heading
          .appendElement("a")
          .attr("href", "../reports/" + side.name() + ".html")
          .text(side.name());
    } else {
      heading.text(side.name());
    }
    for (String why : side.skipped()) {
      column.appendElement("p").text("Not compared: " + why);
    }
    for (PairView.FileView file : side.files()) {
      // Where each region starts in this file: its anchor, and a link to the other side.
      Map<Integer, List<Integer>> starts = new TreeMap<>();
      for (PairView.Region region : regions) {
        PairView.Place place = first ? region.first() : region.second();
        if (place.path().equals(file.path())) {
          starts.computeIfAbsent(place.from(), line -> new ArrayList<>()).add(region.number());
        }
      }
      Element holder = column;
      if (starts.isEmpty()) {
        // A file with no shared code is there for reference only: folded.
        holder = column.appendElement("details");
        holder.appendElement("summary").text(file.path() + " (nothing shared)");
      } else {
        holder.appendElement("h4").text(file.path());
      }
      Element table = holder.appendElement("table").addClass("code");
      for (int i = 0; i < file.lines().size(); i++) {
        int region = file.region().get(i);
        Element row = table.appendElement("tr");
        if (region > 0) {
          row.addClass("r" + region % 8);
        } else if (file.given().get(i)) {
          row.addClass("given");
        }
        row.appendElement("td").addClass("ln").text(Integer.toString(i + 1));
        Element label = row.appendElement("td").addClass("rg");
        for (int number : starts.getOrDefault(i + 1, List.of())) {
          label
              .appendElement("a")
              .attr("id", id + number)
              .attr("href", "#" + other + number)
              .text(Integer.toString(number));
          label.appendText(" ");
        }
        row.appendElement("td").addClass("src").text(file.lines().get(i));
      }
    }
  }
}
