package org.db3311.sgc.adapter.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.serialization.YamlMapperFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The published contracts ({@code docs/gateways/*.yaml}, OpenAPI 3.1), read as they are: a
 * component schema is validated as JSON Schema 2020-12 (OpenAPI 3.1's dialect), with its {@code
 * $ref}s to the document's other components.
 */
final class ContractSchemas {

  private ContractSchemas() {}

  static Path file(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path f = p.resolve("docs/gateways").resolve(name);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    throw new IllegalStateException("docs/gateways/" + name + " not found above the working dir");
  }

  static JsonNode document(String name) {
    try {
      return YamlMapperFactory.getInstance().readTree(Files.readString(file(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A component schema of a contract, e.g. {@code ("city-center.yaml", "EventReport")}. */
  static JsonSchema schema(String name, String component) {
    JsonNode doc = document(name);
    if (doc.path("components").path("schemas").path(component).isMissingNode()) {
      throw new IllegalArgumentException(name + " has no schema " + component);
    }
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#/components/schemas/" + component);
    root.set("components", doc.get("components"));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
  }

  static Set<ValidationMessage> validate(JsonSchema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  /** The required properties a contract lists for a component schema. */
  static List<String> required(String name, String component) {
    JsonNode req =
        document(name).path("components").path("schemas").path(component).path("required");
    return java.util.stream.StreamSupport.stream(req.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
