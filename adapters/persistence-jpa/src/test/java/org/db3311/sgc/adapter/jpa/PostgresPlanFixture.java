package org.db3311.sgc.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A PostgreSQL store for the query-plan tests: the schema migrated as in production, tables filled
 * by SQL and analysed, and the plan PostgreSQL chooses for a statement ({@code EXPLAIN (FORMAT
 * JSON)}) as a list of nodes, depth first. One per test class; closed and removed after it.
 */
final class PostgresPlanFixture implements AutoCloseable {

  private static final List<String> INDEX_READS =
      List.of("Index Scan", "Index Only Scan", "Bitmap Index Scan");

  private final StoreFixture fixture;

  PostgresPlanFixture(Class<?> owner) {
    this.fixture = new StoreFixture(TestStores.POSTGRES, owner);
  }

  JpaStore store() {
    return fixture.store;
  }

  /** Runs the statements (inserts filling the tables) in one unit of work. */
  void fill(String... statements) {
    fixture
        .store
        .unitOfWork()
        .with(
            em -> {
              for (String sql : statements) {
                em.createNativeQuery(sql).executeUpdate();
              }
              return null;
            });
  }

  /**
   * Updates the planner's statistics of the tables, in a unit of work of its own: the rows must be
   * committed first, or the planner plans for empty tables.
   */
  void analyze(String... tables) {
    fill(Arrays.stream(tables).map(t -> "analyze " + t).toArray(String[]::new));
  }

  /** The plan's nodes, depth first, for {@code sql} with its positional parameters. */
  List<JsonObject> plan(String sql, Object... parameters) {
    return plan(sql, Arrays.asList(parameters));
  }

  /** The plan's nodes, depth first, for {@code sql} with its positional parameters. */
  List<JsonObject> plan(String sql, List<?> parameters) {
    String json =
        fixture
            .store
            .unitOfWork()
            .with(
                em -> {
                  Query q = em.createNativeQuery("explain (format json) " + sql);
                  for (int i = 0; i < parameters.size(); i++) {
                    q.setParameter(i + 1, parameters.get(i));
                  }
                  Object result = q.getSingleResult();
                  if (result instanceof Object[] row) {
                    result = row[0];
                  }
                  return result.toString();
                });
    return nodes(json);
  }

  /** The nodes of a plan as {@code EXPLAIN (FORMAT JSON)} writes it, depth first. */
  static List<JsonObject> nodes(String explainJson) {
    JsonObject root =
        Json.createReader(new StringReader(explainJson))
            .readArray()
            .getJsonObject(0)
            .getJsonObject("Plan");
    List<JsonObject> nodes = new ArrayList<>();
    collect(root, nodes);
    return nodes;
  }

  private static void collect(JsonObject node, List<JsonObject> into) {
    into.add(node);
    if (node.containsKey("Plans")) {
      for (JsonValue child : node.getJsonArray("Plans")) {
        collect(child.asJsonObject(), into);
      }
    }
  }

  /** The indexes the plan reads, in the plan's order. */
  static List<String> indexesRead(List<JsonObject> nodes) {
    return nodes.stream()
        .filter(n -> INDEX_READS.contains(n.getString("Node Type")))
        .map(n -> n.getString("Index Name", ""))
        .toList();
  }

  /** The plan reads {@code table} through {@code index}, and never reads the whole table. */
  static void readsByIndex(List<JsonObject> nodes, String table, String index) {
    assertThat(nodes)
        .as("no sequential scan of %s in %s", table, nodes)
        .noneMatch(
            n ->
                n.getString("Node Type").equals("Seq Scan")
                    && n.getString("Relation Name", "").equals(table));
    assertThat(nodes)
        .as("read from index %s: %s", index, nodes)
        .anyMatch(
            n ->
                INDEX_READS.contains(n.getString("Node Type"))
                    && n.getString("Index Name", "").equals(index));
  }

  @Override
  public void close() {
    fixture.close();
  }
}
