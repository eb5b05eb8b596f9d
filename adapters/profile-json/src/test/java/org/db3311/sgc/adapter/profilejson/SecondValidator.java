package org.db3311.sgc.adapter.profilejson;

import com.github.erosb.jsonsKema.FormatValidationPolicy;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.github.erosb.jsonsKema.ValidatorConfig;

/**
 * The published JSON Schema loaded with a second, independent implementation (erosb json-sKema), so
 * that what the schema says does not rest on one validator's reading of it.
 */
final class SecondValidator {

  private static final Validator VALIDATOR =
      Validator.create(
          new SchemaLoader(new JsonParser(JsonCenterProfileCodec.schema()).parse()).load(),
          new ValidatorConfig(FormatValidationPolicy.ALWAYS));

  private SecondValidator() {}

  static ValidationFailure validate(String json) {
    return VALIDATOR.validate(new JsonParser(json).parse());
  }

  static boolean accepts(String json) {
    return validate(json) == null;
  }
}
