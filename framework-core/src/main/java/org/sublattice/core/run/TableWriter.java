package org.sublattice.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.run.Column;
import org.sublattice.api.run.ResultTable;

/** Writes result tables as CSV (header with units) and JSON (columns with units, rows as objects). */
public final class TableWriter {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TableWriter() {
    }

    /** Writes {@code <dir>/<name>.csv} and {@code <dir>/<name>.json}. */
    public static void write(ResultTable table, Path dir) throws IOException {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (Column c : table.columns()) {
            header.add(c.unit().isEmpty() ? c.name() : c.name() + " [" + c.unit() + "]");
        }
        csv.append(String.join(",", header)).append('\n');
        for (double[] row : table.rows()) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(format(row[i]));
            }
            csv.append('\n');
        }
        AtomicFiles.writeString(dir.resolve(table.name() + ".csv"), csv.toString());
        AtomicFiles.writeString(dir.resolve(table.name() + ".json"), JSON.writeValueAsString(toJson(table)) + "\n");
    }

    static Map<String, Object> toJson(ResultTable table) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("table", table.name());
        List<Map<String, String>> cols = new ArrayList<>();
        for (Column c : table.columns()) {
            cols.add(Map.of("name", c.name(), "unit", c.unit()));
        }
        out.put("columns", cols);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (double[] r : table.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < r.length; i++) {
                row.put(table.columns().get(i).name(), Double.isFinite(r[i]) ? r[i] : null);
            }
            rows.add(row);
        }
        out.put("rows", rows);
        return out;
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
