package dev.jarmor.kotlin;

import dev.jarmor.input.Resource;
import dev.jarmor.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kotlin.metadata.jvm.KmModule;
import kotlin.metadata.jvm.KmPackageParts;
import kotlin.metadata.jvm.KotlinModuleMetadata;

/**
 * A module's {@code META-INF/*.kotlin_module} file: for each package, the file facades holding its top-level
 * declarations (the compiler and kotlin-reflect find them there). Rewritten so that each facade and multi-file
 * part carries its new name, listed under its new package.
 */
final class ModuleFile {

  private ModuleFile() {}

  static boolean is(Resource resource) {
    return resource.path().startsWith("META-INF/") && resource.path().endsWith(".kotlin_module");
  }

  /** The file rewritten for {@code plan}, or null if the library cannot read it. */
  static byte[] rename(byte[] data, Plan plan) {
    KotlinModuleMetadata module;
    try {
      module = KotlinModuleMetadata.read(data);
    } catch (RuntimeException unreadable) {
      return null;
    }
    Map<String, List<String>> facades = new TreeMap<>();
    Map<String, Map<String, String>> parts = new TreeMap<>();
    for (KmPackageParts packageParts : module.getKmModule().getPackageParts().values()) {
      for (String facade : packageParts.getFileFacades()) {
        String renamed = plan.className(facade);
        facades.computeIfAbsent(packageOf(renamed), p -> new ArrayList<>()).add(renamed);
      }
      for (Map.Entry<String, String> part : packageParts.getMultiFileClassParts().entrySet()) {
        String renamed = plan.className(part.getKey());
        parts.computeIfAbsent(packageOf(renamed), p -> new TreeMap<>()).put(renamed, plan.className(part.getValue()));
      }
    }
    KmModule renamed = new KmModule();
    TreeMap<String, Boolean> packages = new TreeMap<>();
    facades.keySet().forEach(p -> packages.put(p, true));
    parts.keySet().forEach(p -> packages.put(p, true));
    for (String packageName : packages.keySet()) {
      List<String> packageFacades = new ArrayList<>(facades.getOrDefault(packageName, List.of()));
      packageFacades.sort(null);
      renamed.getPackageParts().put(packageName,
          new KmPackageParts(packageFacades, parts.getOrDefault(packageName, new TreeMap<>())));
    }
    renamed.getOptionalAnnotationClasses().addAll(module.getKmModule().getOptionalAnnotationClasses());
    return new KotlinModuleMetadata(renamed, module.getVersion()).write();
  }

  /**
   * One file listing what two files of one module list (a program's and its tests', which kotlinc compiles as one
   * module unless told a module name for each), or null if the library cannot read either.
   */
  static byte[] merge(byte[] first, byte[] second) {
    KotlinModuleMetadata one;
    KotlinModuleMetadata two;
    try {
      one = KotlinModuleMetadata.read(first);
      two = KotlinModuleMetadata.read(second);
    } catch (RuntimeException unreadable) {
      return null;
    }
    KmModule merged = new KmModule();
    for (KmModule module : List.of(one.getKmModule(), two.getKmModule())) {
      module.getPackageParts().forEach((packageName, parts) -> {
        KmPackageParts into = merged.getPackageParts().computeIfAbsent(packageName,
            p -> new KmPackageParts(new ArrayList<>(), new TreeMap<>()));
        parts.getFileFacades().stream().filter(facade -> !into.getFileFacades().contains(facade))
            .forEach(into.getFileFacades()::add);
        into.getMultiFileClassParts().putAll(parts.getMultiFileClassParts());
      });
      module.getOptionalAnnotationClasses().stream()
          .filter(annotation -> !merged.getOptionalAnnotationClasses().contains(annotation))
          .forEach(merged.getOptionalAnnotationClasses()::add);
    }
    return new KotlinModuleMetadata(merged, one.getVersion()).write();
  }

  private static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
  }
}
