package dev.jarmor.kotlin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.Jarmor;
import dev.jarmor.JarmorListener;
import dev.jarmor.ProtectOptions;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.input.Resource;
import dev.jarmor.plan.Plan;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kotlin.metadata.KmClass;
import kotlin.metadata.KmClassifier;
import kotlin.metadata.KmFunction;
import kotlin.metadata.KmPackage;
import kotlin.metadata.KmValueParameter;
import kotlin.metadata.jvm.JvmExtensionsKt;
import kotlin.metadata.jvm.KmPackageParts;
import kotlin.metadata.jvm.KotlinClassMetadata;
import kotlin.metadata.jvm.KotlinModuleMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;

/**
 * The metadata kotlinc wrote for the Kotlin sample, rewritten under the plan jarmor makes for it with a closed
 * wire: what kotlinp would show of the output. Renamed declarations show their new names only; kept ones, their
 * own; types, nested classes and facades follow renamed classes; everything reads back strictly.
 */
class MetadataRenamerTest {

  private static final String PACKAGE = "dev/jarmor/samples/kotlin/";

  private static Analysis analysis;

  @BeforeAll
  static void analyze() throws IOException {
    Path sample = Path.of(System.getProperty("jarmor.samplesKotlin"));
    try (Stream<Path> jars = Files.list(sample.resolveSibling("kotlin-libs"))) {
      String libraries = String.join(File.pathSeparator, jars.map(Path::toString).sorted().toList());
      analysis = Jarmor.analyze(ProtectOptions.builder().input(sample).library(libraries)
          .wire(ProtectOptions.Wire.CLOSED).build(), JarmorListener.SILENT);
    }
  }

  @AfterAll
  static void close() {
    analysis.close();
  }

  @Test
  void aRenamedFacadeShowsOnlyNewNamesAndKeepsWhatACallableReferenceNames() {
    Plan plan = analysis.plan();
    KmPackage facade = ((KotlinClassMetadata.FileFacade) rewritten("Functions")).getKmPackage();
    assertThat(plan.className(PACKAGE + "Functions")).isNotEqualTo(PACKAGE + "Functions");
    for (KmFunction function : facade.getFunctions()) {
      assertThat(function.getName()).isEqualTo(JvmExtensionsKt.getSignature(function).getName());
    }
    KmFunction greeting = function(facade.getFunctions(), "greeting");
    assertThat(greeting.getValueParameters()).extracting(KmValueParameter::getName)
        .containsExactly("name", "punctuation");
    String status = "(L" + plan.className(PACKAGE + "Status");
    KmFunction label = facade.getFunctions().stream()
        .filter(f -> JvmExtensionsKt.getSignature(f).getDescriptor().startsWith(status)).findFirst().orElseThrow();
    assertThat(label.getName()).isNotEqualTo("label");
    assertThat(label.getValueParameters()).extracting(KmValueParameter::getName).containsExactly("p0");
    assertThat(((KmClassifier.Class) label.getValueParameters().get(0).getType().getClassifier()).getName())
        .isEqualTo(plan.className(PACKAGE + "Status"));
    assertThat(facade.getProperties()).extracting(p -> p.getName()).doesNotContain("doubled");
    assertThat(String.join(" ", strings("Functions"))).doesNotContain("describe", "label", "summary", "doubled",
        "shape", "status");
  }

  @Test
  void aRenamedObjectCarriesItsNewNameAndKeepsTheKotlinNamesOfKeptMembers() {
    Plan plan = analysis.plan();
    KmClass suspending = ((KotlinClassMetadata.Class) rewritten("Suspending")).getKmClass();
    assertThat(suspending.getName()).isEqualTo(plan.className(PACKAGE + "Suspending"))
        .isNotEqualTo(PACKAGE + "Suspending");
    assertThat(suspending.getFunctions()).extracting(KmFunction::getName).doesNotContain("fetch", "sum", "run");

    KmClass line = ((KotlinClassMetadata.Class) rewritten("Line")).getKmClass();
    assertThat(line.getName()).isEqualTo(plan.className(PACKAGE + "Line")).isNotEqualTo(PACKAGE + "Line");
    assertThat(line.getProperties()).extracting(p -> p.getName()).containsExactly("item", "amount");
    assertThat(line.getConstructors().get(0).getValueParameters()).extracting(KmValueParameter::getName)
        .containsExactly("item", "amount");

    // renamed with its properties: its constructor's parameter names would give them away
    KmClass item = ((KotlinClassMetadata.Class) rewritten("Stock$Item")).getKmClass();
    assertThat(plan.className(PACKAGE + "Stock$Item")).isNotEqualTo(PACKAGE + "Stock$Item");
    assertThat(item.getConstructors().get(0).getValueParameters()).extracting(KmValueParameter::getName)
        .containsExactly("p0", "p1");
    KmClass sku = ((KotlinClassMetadata.Class) rewritten("Sku")).getKmClass();
    assertThat(sku.getConstructors().get(0).getValueParameters()).extracting(KmValueParameter::getName)
        .containsExactly("p0");
    assertThat(JvmExtensionsKt.getSignature(sku.getConstructors().get(0)).getName()).isNotEqualTo("constructor-impl");
    assertThat(sku.getInlineClassUnderlyingPropertyName()).isEqualTo(sku.getProperties().get(0).getName())
        .isNotEqualTo("code");

    KmClass status = ((KotlinClassMetadata.Class) rewritten("Status")).getKmClass();
    assertThat(status.getKmEnumEntries()).extracting(e -> e.getName()).containsExactly("NEW", "PAID", "SHIPPED");

    KmClass shape = ((KotlinClassMetadata.Class) rewritten("Shape")).getKmClass();
    assertThat(shape.getSealedSubclasses()).containsExactlyInAnyOrder(PACKAGE + "Shape.Circle", PACKAGE + "Shape.Empty",
        PACKAGE + "Shape.Square");
  }

  @Test
  void theModuleFileListsTheFacadesByTheirNewNames() throws IOException {
    Plan plan = analysis.plan();
    Resource module = analysis.program().resources().values().stream().filter(ModuleFile::is).findFirst().orElseThrow();
    Resource rewritten = new KotlinSupport().adaptResource(module, plan);
    Map<String, KmPackageParts> parts = KotlinModuleMetadata.read(rewritten.data()).getKmModule().getPackageParts();
    assertThat(parts).containsOnlyKeys("dev.jarmor.samples.kotlin");
    assertThat(parts.get("dev.jarmor.samples.kotlin").getFileFacades())
        .containsExactlyInAnyOrder(plan.className(PACKAGE + "Functions"), PACKAGE + "MainKt");
    String texts = plan.className(PACKAGE + "Texts");
    assertThat(texts).isNotEqualTo(PACKAGE + "Texts");
    assertThat(parts.get("dev.jarmor.samples.kotlin").getMultiFileClassParts()).containsOnly(
        Map.entry(plan.className(PACKAGE + "Texts__ShoutingKt"), texts),
        Map.entry(plan.className(PACKAGE + "Texts__WhisperingKt"), texts));
  }

  @Test
  void multiFileFacadeAndPartsNameEachOther() {
    Plan plan = analysis.plan();
    assertThat(((KotlinClassMetadata.MultiFileClassFacade) rewritten("Texts")).getPartClassNames())
        .containsExactlyInAnyOrder(plan.className(PACKAGE + "Texts__ShoutingKt"),
            plan.className(PACKAGE + "Texts__WhisperingKt"));
    KotlinClassMetadata.MultiFileClassPart part =
        (KotlinClassMetadata.MultiFileClassPart) rewritten("Texts__ShoutingKt");
    assertThat(part.getFacadeClassName()).isEqualTo(plan.className(PACKAGE + "Texts"));
    assertThat(part.getKmPackage().getFunctions()).extracting(KmFunction::getName).doesNotContain("shout");
  }

  @Test
  void everyRewrittenMetadataReadsBackStrictly() {
    for (ProgramClass pc : analysis.program().classes().values()) {
      if (MetadataAnnotation.of(pc.node()) != null) {
        assertThat(rewritten(pc.name().substring(PACKAGE.length()))).as(pc.name()).isNotNull();
      }
    }
  }

  @Test
  void aContinuationsDebugMetadataNamesTheRenamedFunctionAndFields() {
    Plan plan = analysis.plan();
    String owner = PACKAGE + "Suspending$sum$1";
    AnnotationNode debug = adapted("Suspending$sum$1").visibleAnnotations.stream()
        .filter(a -> a.desc.equals(DebugMetadata.DESCRIPTOR)).findFirst().orElseThrow();
    Map<String, Object> values = new java.util.HashMap<>();
    for (int i = 0; i < debug.values.size(); i += 2) {
      values.put((String) debug.values.get(i), debug.values.get(i + 1));
    }
    String suspending = plan.className(PACKAGE + "Suspending");
    assertThat(values.get("c")).isEqualTo(suspending.replace('/', '.'));
    String sum = analysis.hierarchy().find(PACKAGE + "Suspending").methods().stream()
        .filter(m -> m.name().equals("sum")).map(m -> plan.methodName(PACKAGE + "Suspending", "sum", m.descriptor()))
        .findFirst().orElseThrow();
    assertThat(values.get("m")).isEqualTo(sum).isNotEqualTo("sum");
    assertThat((List<?>) values.get("s")).isNotEmpty().allSatisfy(field -> assertThat(
        analysis.hierarchy().find(owner).fields().stream().map(f -> plan.fieldName(owner, f.name(), f.descriptor())))
        .contains((String) field));
  }

  private static KmFunction function(List<KmFunction> functions, String name) {
    return functions.stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
  }

  private static KotlinClassMetadata rewritten(String simpleName) {
    return MetadataAnnotation.read(MetadataAnnotation.of(adapted(simpleName)));
  }

  private static List<String> strings(String simpleName) {
    kotlin.Metadata metadata = MetadataAnnotation.toMetadata(MetadataAnnotation.of(adapted(simpleName)));
    return Stream.concat(Arrays.stream(metadata.d1()), Arrays.stream(metadata.d2())).toList();
  }

  private static ClassNode adapted(String simpleName) {
    ClassNode out = new ClassNode();
    analysis.program().classes().get(PACKAGE + simpleName).node().accept(new MetadataAdapter(out, analysis.plan()));
    return out;
  }
}
