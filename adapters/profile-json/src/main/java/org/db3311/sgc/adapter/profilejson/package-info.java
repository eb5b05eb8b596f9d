/**
 * Center profiles (中心建设情况) in the published JSON format: {@link
 * org.db3311.sgc.adapter.profilejson.JsonCenterProfileCodec} reads a profile, reporting every error
 * with its path, and writes one back; the JSON Schema and example profiles ship in this package as
 * resources.
 */
package org.db3311.sgc.adapter.profilejson;
