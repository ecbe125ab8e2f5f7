import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;

/**
 * The ceiling for the import benchmark: DuckDB's own read_csv of every CSV file of the packs into a table,
 * with no transform or check. Run: java -cp sousei-cli/target/sousei.jar bench/ReadCsvBaseline.java data/packs
 */
public class ReadCsvBaseline {
    public static void main(String[] args) throws Exception {
        Path packs = Path.of(args.length > 0 ? args[0] : "data/packs");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(packs)) {
            files = walk.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".csv.gz")).sorted().toList();
        }
        Path db = Files.createTempDirectory("sousei-bench").resolve("baseline.duckdb");
        long rows = 0;
        long start = System.nanoTime();
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + db);
                var st = c.createStatement()) {
            int i = 0;
            for (Path f : files) {
                st.execute("CREATE TABLE t" + (i++) + " AS SELECT * FROM read_csv('" + f.toAbsolutePath().toString().replace("'", "''")
                        + "', all_varchar = true, ignore_errors = true)");
                try (var rs = st.executeQuery("SELECT count(*) FROM t" + (i - 1))) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("read_csv baseline: %d files, %,d rows in %.2f s (%,.0f rows/s)%n", files.size(), rows, seconds, rows / seconds);
    }
}
