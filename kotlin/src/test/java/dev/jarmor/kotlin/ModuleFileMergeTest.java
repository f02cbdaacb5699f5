package dev.jarmor.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.JarmorListener;
import dev.jarmor.input.InputReader;
import dev.jarmor.input.Program;
import dev.jarmor.input.Resource;
import dev.jarmor.language.Languages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kotlin.metadata.jvm.JvmMetadataVersion;
import kotlin.metadata.jvm.KmModule;
import kotlin.metadata.jvm.KmPackageParts;
import kotlin.metadata.jvm.KotlinModuleMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A program and its tests, compiled by kotlinc as one module (as kotlin-maven-plugin does by default), each hold a
 * {@code META-INF/<module>.kotlin_module}: read as one program (as {@code check --tests} reads them), the two become
 * one file listing both, with no warning, where any other resource of the same path keeps the first with one.
 */
class ModuleFileMergeTest {

  @TempDir Path temp;

  @Test
  void theModuleFilesOfTwoInputsListWhatBothList() throws Exception {
    Path main = input("main", Map.of("app", List.of("app/MainKt", "app/JsonKt")), "main text");
    Path tests = input("tests", Map.of("app", List.of("app/FixturesKt"), "app.util", List.of("app/util/DatesKt")),
        "test text");
    List<String> warnings = new ArrayList<>();

    Program program = new InputReader(new JarmorListener() {
      @Override
      public void warning(String message) {
        warnings.add(message);
      }
    }, List.of(), Languages::merge).read(List.of(main, tests));

    KmModule merged = KotlinModuleMetadata.read(resource(program, "META-INF/digest.kotlin_module")).getKmModule();
    assertThat(merged.getPackageParts()).containsOnlyKeys("app", "app.util");
    assertThat(merged.getPackageParts().get("app").getFileFacades())
        .containsExactlyInAnyOrder("app/MainKt", "app/JsonKt", "app/FixturesKt");
    assertThat(merged.getPackageParts().get("app.util").getFileFacades()).containsExactly("app/util/DatesKt");
    assertThat(new String(resource(program, "notes.txt"), StandardCharsets.UTF_8)).isEqualTo("main text");
    assertThat(warnings).containsExactly("resource notes.txt appears in more than one input; the first is kept, "
        + tests + "!/notes.txt left out");
  }

  private Path input(String name, Map<String, List<String>> facades, String notes) throws Exception {
    KmModule module = new KmModule();
    facades.forEach((packageName, names) ->
        module.getPackageParts().put(packageName, new KmPackageParts(new ArrayList<>(names), Map.of())));
    Path folder = Files.createDirectories(temp.resolve(name).resolve("META-INF")).getParent();
    Files.write(folder.resolve("META-INF/digest.kotlin_module"),
        new KotlinModuleMetadata(module, JvmMetadataVersion.LATEST_STABLE_SUPPORTED).write());
    Files.writeString(folder.resolve("notes.txt"), notes);
    // a class of its own, as every input has
    ClassWriter facade = new ClassWriter(0);
    facade.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, name + "/Facade", null, "java/lang/Object", null);
    Files.write(Files.createDirectories(folder.resolve(name)).resolve("Facade.class"), facade.toByteArray());
    return folder;
  }

  private static byte[] resource(Program program, String path) {
    return program.resources().values().stream().filter(r -> r.path().equals(path)).map(Resource::data)
        .findFirst().orElseThrow();
  }
}
