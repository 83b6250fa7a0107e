// Benchmark tool (not a test), run by benchmarks/faults.sh with the dashboard server's classpath: checks that a
// warehouse is whole after a kill. The current snapshot must be read by the server's own reader (every row, its
// manifest and catalogue), and every table's Parquet files must open with their row counts. Prints one line,
// "snapshot ID ROWS tables N rows M", then "table NAME ROWS" for each table in name order, and exits 1 naming what
// could not be read.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.LocalInputFile;
import org.sendacc.reference.ReferenceData;
import org.sendacc.server.snapshot.Snapshot;
import org.sendacc.server.snapshot.SnapshotReader;

public class CheckWarehouse {
    public static void main(String[] args) throws Exception {
        Path warehouse = Path.of(args[0]);
        SnapshotReader reader = new SnapshotReader(ReferenceData::bundled);
        String id = reader.currentId(warehouse).orElseThrow(() -> new IllegalStateException("no current snapshot"));
        Snapshot snapshot = reader.read(warehouse, id);
        long tables = 0;
        StringBuilder perTable = new StringBuilder();
        long rows = 0;
        try (Stream<Path> folders = Files.list(warehouse)) {
            for (Path table : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = table.getFileName().toString();
                if (name.equals("snapshots") || name.equals("runs") || name.equals("restricted") || name.startsWith(".")
                        || name.startsWith("_")) {
                    continue;
                }
                long tableRows = 0;
                List<Path> files;
                try (Stream<Path> entries = Files.list(table)) {
                    files = entries.filter(file -> file.getFileName().toString().endsWith(".parquet")
                                    && !file.getFileName().toString().startsWith("."))
                            .toList();
                }
                if (files.isEmpty()) {
                    throw new IllegalStateException("table " + name + " has no Parquet file");
                }
                for (Path file : files) {
                    try (ParquetFileReader parquet = ParquetFileReader.open(new LocalInputFile(file))) {
                        tableRows += parquet.getRecordCount();
                    }
                }
                perTable.append("table ").append(name).append(' ').append(tableRows).append('\n');
                rows += tableRows;
                tables++;
            }
        }
        System.out.println("snapshot " + id + " " + snapshot.rows().size() + " tables " + tables + " rows " + rows);
        System.out.print(perTable);
    }
}
