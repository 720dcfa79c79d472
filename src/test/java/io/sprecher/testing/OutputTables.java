package io.sprecher.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Queries the published tables of an output directory with DuckDB, as users do. */
public final class OutputTables {

  private final Path out;

  public OutputTables(Path out) {
    this.out = out;
  }

  /** The DuckDB table expression for {@code table}: every published batch. */
  public String table(String table) {
    return "read_parquet('"
        + out.resolve("tables")
        + "/*/"
        + table
        + "/*.parquet', union_by_name=true)";
  }

  /** The rows of {@code sql}, each as its columns joined by " | ", in the query's order. */
  public List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? " | " : "").append(rs.getString(i));
        }
        rows.add(b.toString());
      }
    }
    return rows;
  }

  public long count(String table) throws SQLException {
    return Long.parseLong(rows("select count(*) from " + table(table)).get(0));
  }

  /**
   * What the run wrote, without the run ids and the input's directory (file names only):
   * statements, articles and mentions, sorted. Two outputs with equal snapshots hold the same rows.
   */
  public List<String> snapshot() throws SQLException {
    List<String> all = new ArrayList<>();
    all.addAll(
        rows(
            "select 'statement', statement_id, article_id, speaker, quote_type, quote_begin,"
                + " quote_end, quote_text, statement_date, month from "
                + table("statements")
                + " order by all"));
    all.addAll(
        rows(
            "select 'article', article_id, regexp_replace(source_file, '^.*/', ''), title,"
                + " n_statements, month from "
                + table("articles")
                + " order by all"));
    all.addAll(
        rows(
            "select 'mention', article_id, sentence_index, begin, \"end\", text, canonical from "
                + table("mentions")
                + " order by all"));
    return all;
  }
}
