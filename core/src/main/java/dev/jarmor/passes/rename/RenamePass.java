package dev.jarmor.passes.rename;

import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.passes.Pass;
import dev.jarmor.passes.PassContext;
import dev.jarmor.plan.ConstantSite;
import dev.jarmor.plan.Plan;
import dev.jarmor.input.Resource;
import dev.jarmor.language.LanguageSupport;
import dev.jarmor.language.Languages;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.tree.ClassNode;

/**
 * Renames packages, classes, fields and methods as the {@link Plan} says, in every class and every
 * multi-release variant alike, writes the planned spelling into adapted string constants and
 * resources, and updates the manifest's class names. Scala's signatures stay only where they stay
 * true ({@link ScalaSignatures}).
 */
public final class RenamePass implements Pass {

  private static final List<String> MANIFEST_CLASS_ATTRIBUTES =
      List.of("Main-Class", "Start-Class", "Premain-Class", "Agent-Class", "Launcher-Agent-Class");

  @Override
  public boolean beforeOutputNames() {
    return true;
  }

  @Override
  public String name() {
    return "rename";
  }

  @Override
  public Program apply(Program program, PassContext context) {
    Plan plan = context.plan();
    context.log().counted(name(), plan.classNames().size(), plan.fieldNames().size() + plan.familyNames().size());
    PlanRemapper remapper = new PlanRemapper(plan);
    ScalaSignatures signatures = ScalaSignatures.of(program, plan);
    List<LanguageSupport> languages = Languages.installed();
    SortedMap<String, String> options = context.choices().languageOptions();
    Program renamed = program.mapClasses(pc -> remap(pc, remapper, signatures, languages, options));
    SortedMap<String, Resource> resources = new TreeMap<>(program.resources());
    resources.values().removeIf(signatures::drops);
    return new Program(renamed.classes(), renamed.versioned(), new ResourceAdapter(plan, languages).adapt(resources),
        remapManifest(program.manifest(), plan), program.layout(), program.contentSeed());
  }

  private static ProgramClass remap(ProgramClass pc, PlanRemapper planRemapper, ScalaSignatures signatures,
      List<LanguageSupport> languages, SortedMap<String, String> options) {
    Plan plan = planRemapper.plan();
    ClassNode out = new ClassNode();
    pc.accept(languageAdapters(languages, plan, options, new ClassRemapper(out, planRemapper) {
      @Override
      protected ModuleVisitor createModuleRemapper(ModuleVisitor moduleVisitor) {
        return super.createModuleRemapper(new ModuleDeduplicator(moduleVisitor));
      }

      @Override
      public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        Object adapted = value instanceof String text
            ? plan.adaptedText(new ConstantSite.FieldValue(className, name, descriptor), text) : value;
        return super.visitField(access, name, descriptor, signature, adapted);
      }

      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
          String[] exceptions) {
        MethodVisitor visitor = super.visitMethod(access, name, descriptor, signature, exceptions);
        return visitor == null ? null : new ConstantAdapter(visitor, plan, className, name, descriptor);
      }
    }));
    signatures.strip(pc.name(), out);
    return pc.with(out);
  }

  /** Each language's adapter sees the class with its input names, before the remapper. */
  private static ClassVisitor languageAdapters(List<LanguageSupport> languages, Plan plan,
      SortedMap<String, String> options, ClassVisitor remapper) {
    ClassVisitor first = remapper;
    for (int i = languages.size() - 1; i >= 0; i--) {
      first = languages.get(i).renameAdapter(first, plan, options);
    }
    return first;
  }

  private static Manifest remapManifest(Manifest manifest, Plan plan) {
    if (manifest == null) {
      return null;
    }
    Manifest copy = new Manifest(manifest);
    Attributes main = copy.getMainAttributes();
    for (String attribute : MANIFEST_CLASS_ATTRIBUTES) {
      String value = main.getValue(attribute);
      if (value != null && !value.isBlank()) {
        main.putValue(attribute, plan.className(value.trim().replace('.', '/')).replace('/', '.'));
      }
    }
    return copy;
  }
}
