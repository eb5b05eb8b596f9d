package org.db3311.sgc.adapter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published contracts ({@code docs/gateways/*.yaml}) say what the adapters do: the path each
 * adapter posts to, the bearer token, the required {@code Idempotency-Key}, problem details for
 * refusals, the {@code already-received} answer, {@code Retry-After}, the health endpoint, and an
 * example request that validates against the request schema.
 */
class ContractDocumentsTest {

  static Stream<Arguments> contracts() {
    return Stream.of(
        Arguments.of("city-center.yaml", HttpCityCenterGateway.PATH, "EventReport"),
        Arguments.of("county-center.yaml", HttpCountyCenterGateway.PATH, "EventTransfer"),
        Arguments.of("result-reports.yaml", HttpResultReporter.PATH, "EventResultReport"),
        Arguments.of("online-filing.yaml", HttpOnlineFilingGateway.PATH, "FilingApplication"),
        Arguments.of("source-platform.yaml", HttpSourcePlatformGateway.PATH, "TransferResult"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contracts")
  @DisplayName("each contract describes the exchange its adapter makes")
  void contract_describes_the_exchange(String file, String path, String schema) {
    JsonNode doc = ContractSchemas.document(file);
    assertThat(doc.path("openapi").asText()).startsWith("3.1.");
    assertThat(doc.path("info").path("license").path("identifier").asText())
        .isEqualTo("Apache-2.0");
    assertThat(doc.path("security").get(0).has("bearer")).isTrue();
    assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");

    JsonNode post = doc.path("paths").path(path).path("post");
    assertThat(post.isObject()).as(file + " posts to " + path).isTrue();
    assertThat(post.at("/requestBody/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/" + schema);
    assertThat(post.at("/parameters/0/$ref").asText())
        .isEqualTo("#/components/parameters/IdempotencyKey");
    JsonNode key = doc.at("/components/parameters/IdempotencyKey");
    assertThat(key.path("name").asText()).isEqualTo("Idempotency-Key");
    assertThat(key.path("in").asText()).isEqualTo("header");
    assertThat(key.path("required").asBoolean()).isTrue();

    JsonNode responses = post.path("responses");
    assertThat(responses.at("/201/content/application~1json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Receipt");
    for (String refusal : new String[] {"400", "401", "403", "422"}) {
      assertThat(responses.at("/" + refusal + "/$ref").asText())
          .isEqualTo("#/components/responses/Refused");
    }
    assertThat(responses.at("/409/$ref").asText())
        .isEqualTo("#/components/responses/AlreadyReceived");
    assertThat(responses.at("/503/$ref").asText()).isEqualTo("#/components/responses/TryLater");
    assertThat(doc.at("/components/responses/Refused/content").has("application/problem+json"))
        .isTrue();
    assertThat(doc.at("/components/responses/TryLater/headers").has("Retry-After")).isTrue();
    assertThat(doc.at("/components/schemas/AlreadyReceived/allOf/1/properties/type/const").asText())
        .isEqualTo(Problem.ALREADY_RECEIVED.toString());
    assertThat(doc.at("/paths/~1health/get").isObject()).isTrue();

    assertThat(
            ContractSchemas.validate(
                ContractSchemas.schema(file, "Receipt"), "{\"receipt\":\"R-1\"}"))
        .isEmpty();
    JsonSchema already = ContractSchemas.schema(file, "AlreadyReceived");
    String repeat =
        "{\"type\":\"urn:db3311:gateway:already-received\",\"title\":\"already received\","
            + "\"status\":409,\"receipt\":\"R-1\"}";
    assertThat(ContractSchemas.validate(already, repeat)).isEmpty();
    assertThat(ContractSchemas.validate(already, repeat.replace(",\"receipt\":\"R-1\"", "")))
        .as("already-received carries the receipt")
        .isNotEmpty();

    String example = post.at("/requestBody/content/application~1json/example").toString();
    assertThat(ContractSchemas.validate(ContractSchemas.schema(file, schema), example))
        .as(file + ": the example request")
        .isEmpty();
  }
}
