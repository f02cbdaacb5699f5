/**
 * Programs whose names cross into documents: {@link dev.jarmor.samples.data.JacksonOrders},
 * {@link dev.jarmor.samples.data.GsonProfiles} and {@link dev.jarmor.samples.data.YamlConfig} read
 * and write JSON and YAML through data models whose property names are the documents' keys, with no
 * annotation or rule telling an obfuscator so (Jackson's polymorphic shapes also write class names).
 */
package dev.jarmor.samples.data;
