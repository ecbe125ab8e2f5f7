package io.sousei.cli;

import io.sousei.store.ImportSummary;
import io.sousei.store.Warehouse;
import io.sousei.store.load.UserFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports statistics into the warehouse, all or nothing.",
            "Without FILE: the bundled data (catalogue and packs). With FILE: CSV files in the observation schema",
            "  dataset_id,indicator_id,region_id,period,sex,age_group,category,value,status",
            "(UTF-8, optionally gzipped), with metadata from the options or a sidecar NAME.dataset.json.",
            "A folder imports every *.csv and *.csv.gz in it."
        })
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--dry-run", description = "Check everything, store nothing.")
    boolean dryRun;

    @Option(names = "--dataset-id", description = "Dataset id (default: the sidecar's, else the rows').")
    String datasetId;

    @Option(names = "--title", description = "Dataset title.")
    String title;

    @Option(names = "--publisher", description = "Who published the data.")
    String publisher;

    @Option(names = "--source", description = "Where the data comes from (URL or citation).")
    String source;

    @Option(names = "--licence", description = "Licence, e.g. 'CC BY 4.0'.")
    String licence;

    @Option(names = "--attribution", description = "Credit line the licence requires.")
    String attribution;

    @Option(names = "--vintage", description = "Reference date or period of the data.")
    String vintage;

    @Parameters(paramLabel = "FILE|DIR", arity = "0..*", description = "CSV files or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try (Warehouse w = database.open()) {
            if (inputs.isEmpty()) {
                report(withProgress(progress -> w.importBundled(Home.data(), dryRun, progress)), "bundled data");
                return 0;
            }
            var given =
                    new UserFileImporter.Metadata(datasetId, title, publisher, source, licence, attribution, vintage);
            List<Path> files = files();
            report(
                    withProgress(progress -> w.importFiles(files, given, Home.data(), dryRun, progress)),
                    files.size() == 1 ? files.get(0).toString() : files.size() + " files");
            return 0;
        }
    }

    /** Runs one import with its own progress display, closed before anything else is printed. */
    private static ImportSummary withProgress(java.util.function.Function<ProgressListener, ImportSummary> work) {
        try (ProgressListener progress = new ProgressListener(System.err)) {
            return work.apply(progress);
        }
    }

    private List<Path> files() throws java.io.IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(p -> p.toString().endsWith(".csv")
                                    || p.toString().endsWith(".csv.gz"))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        if (files.size() > 1 && datasetId != null) {
            throw new UsageException("--dataset-id names one dataset, but " + files.size() + " files were given");
        }
        return files;
    }

    private static void report(ImportSummary s, String what) {
        for (String warning : s.warnings()) {
            System.err.println("warning: " + warning);
        }
        System.out.printf(
                "%s%s: %d dataset(s) imported, %d unchanged, %,d rows, %,d derived rows%n",
                s.dryRun() ? "dry run (nothing stored) — " : "",
                what,
                s.imported(),
                s.unchanged(),
                s.rows(),
                s.derivedRows());
    }
}
