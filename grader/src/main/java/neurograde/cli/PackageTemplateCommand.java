package neurograde.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import neurograde.export.TemplatePackage;
import neurograde.internal.RepositoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code package-template --out FILE.zip}: the zip students download. */
@Command(
    name = "package-template",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the student template zip to give to students.",
      "",
      "Zips the student template (student-template/ in the working folder or in the repository the grader was built in, else the copy built into the grader) into one top folder named after the zip, without build output (target/, .class files) or editor settings. Refuses a template that holds solution code."
    })
final class PackageTemplateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE.zip",
      description = "The zip to write; its name, without .zip, is the folder students unzip.")
  Path out;

  @Option(
      names = "--template",
      paramLabel = "DIR",
      description = "The template folder (default: student-template, found as described above).")
  Path template;

  @Mixin DebugOption debug;

  @Override
  public Integer call() throws IOException {
    String name = out.getFileName().toString();
    if (!name.toLowerCase(Locale.ROOT).endsWith(".zip") || name.length() <= ".zip".length()) {
      throw OptionValues.invalid(spec, "--out", out, "give a file name ending in .zip");
    }
    TemplatePackage.Template files = read();
    TemplatePackage.checkNotSolved(files);
    String top = name.substring(0, name.length() - ".zip".length());
    TemplatePackage.write(out, files, top);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("template: " + files.source() + " (" + files.files().size() + " files)");
    stdout.println(
        "wrote "
            + out
            + ": students unzip it into "
            + top
            + "/ and follow its README.md (name the zip they submit after their id)");
    return 0;
  }

  private TemplatePackage.Template read() {
    if (template != null) {
      return TemplatePackage.fromFolder(template, template.toString());
    }
    Path workingDir = Path.of("").toAbsolutePath();
    Optional<Path> found =
        RepositoryFiles.find(TemplatePackage.FOLDER, workingDir, RepositoryFiles.graderLocation());
    if (found.isEmpty()) {
      return TemplatePackage.bundled();
    }
    Path dir = found.get();
    String shown =
        dir.equals(workingDir.resolve(TemplatePackage.FOLDER))
            ? TemplatePackage.FOLDER.toString()
            : dir.toString();
    return TemplatePackage.fromFolder(dir, shown);
  }
}
