package org.db3311.sgc.adapter.profilejson;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;

/** The published JSON Schema, loaded once with an independent validator. */
final class Schema {

  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(JsonCenterProfileCodec.schema());

  private Schema() {}

  static Set<ValidationMessage> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static boolean accepts(String json) {
    return validate(json).isEmpty();
  }
}
