package dev.jarmor.kotlin;

import dev.jarmor.boundary.Boundary;
import dev.jarmor.boundary.WireScope;
import dev.jarmor.input.Resource;
import dev.jarmor.language.LanguageSupport;
import dev.jarmor.plan.Plan;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.objectweb.asm.ClassVisitor;

/**
 * Kotlin: the boundaries its runtime, kotlin-reflect and kotlinx.serialization cross ({@link KotlinBoundary},
 * {@link KotlinReflectBoundary}, {@link KotlinSerializationBoundary}), and the rewrite of {@code kotlin.Metadata}
 * ({@link MetadataAdapter}) and of {@code META-INF/*.kotlin_module} files ({@link ModuleFile}). Registered for
 * {@link java.util.ServiceLoader}; a program without Kotlin classes goes through it unchanged.
 */
public final class KotlinSupport implements LanguageSupport {

  /**
   * What a renamed data class's generated {@code toString()} spells: {@code original} (the default), the names
   * the unprotected program prints; {@code renamed}, its new simple name and property names ({@link
   * DataClassToString}), so that the text gives no original name away.
   */
  public static final String DATA_NAMES = "kotlin-data-names";

  private static final String RENAMED = "renamed";

  @Override
  public String id() {
    return "kotlin";
  }

  @Override
  public List<Boundary> boundaries(WireScope wire) {
    return List.of(new KotlinBoundary(), new KotlinReflectBoundary(), new KotlinSerializationBoundary());
  }

  @Override
  public Map<String, List<String>> options() {
    return Map.of(DATA_NAMES, List.of("original", RENAMED));
  }

  @Override
  public ClassVisitor renameAdapter(ClassVisitor next, Plan plan, SortedMap<String, String> options) {
    return new MetadataAdapter(next, plan, RENAMED.equals(options.get(DATA_NAMES)));
  }

  @Override
  public Resource adaptResource(Resource resource, Plan plan) {
    if (!ModuleFile.is(resource)) {
      return resource;
    }
    byte[] renamed = ModuleFile.rename(resource.data(), plan);
    return renamed == null ? resource : new Resource(resource.path(), renamed, resource.container());
  }

  @Override
  public Resource merge(Resource first, Resource second) {
    byte[] merged = ModuleFile.is(first) ? ModuleFile.merge(first.data(), second.data()) : null;
    return merged == null ? null : new Resource(first.path(), merged, first.container());
  }
}
