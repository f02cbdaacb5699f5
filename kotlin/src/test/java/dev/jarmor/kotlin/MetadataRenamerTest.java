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
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The metadata kotlinc wrote for the Kotlin sample, rewritten under the plan jarmor makes for it with a closed
 * wire: what kotlinp would show of the output. Renamed declarations show their new names only; kept ones, their
 * own; types, nested classes and facades follow renamed classes; everything reads back strictly. Asked to, a
 * data class's generated toString spells the names its metadata gives it.
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
  void noClassHasTwoPropertiesOfOneName() {
    for (ProgramClass pc : analysis.program().classes().values()) {
      if (MetadataAnnotation.of(pc.node()) != null
          && rewritten(pc.name().substring(PACKAGE.length())) instanceof KotlinClassMetadata.Class cls) {
        List<String> names = cls.getKmClass().getProperties().stream()
            .filter(p -> p.getReceiverParameterType() == null).map(p -> p.getName()).toList();
        assertThat(names).as(pc.name() + ": getters of different types may share a new name, properties not")
            .doesNotHaveDuplicates();
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

  @Test
  void aDataClassesToStringSpellsItsNewNamesOnlyWhenAsked() {
    assertThat(toStringRecipe(adapted("Sale"))).isEqualTo("Sale(item=\u0001, amount=\u0001)");
    ClassNode sale = adapted("Sale", true);
    List<String> properties = propertyNames(sale);
    assertThat(properties).hasSize(2).doesNotContain("item", "amount");
    assertThat(toStringRecipe(sale)).isEqualTo(newSimpleName("Sale") + "(" + properties.get(0) + "=\u0001, "
        + properties.get(1) + "=\u0001)");
  }

  @Test
  void aPropertyKeptByABoundaryKeepsItsLabel() {
    // Jackson reads Line's properties by name: the class is renamed, its properties are not
    assertThat(newSimpleName("Line")).isNotEqualTo("Line");
    assertThat(toStringRecipe(adapted("Line", true))).isEqualTo(newSimpleName("Line") + "(item=\u0001, amount=\u0001)");
  }

  @Test
  void theStringBuilderFormIsRewrittenAndAHandWrittenToStringLeftAlone() {
    ClassNode inline = copy("Sale");
    MethodNode toString = toString(inline);
    toString.instructions.clear();
    InsnList code = toString.instructions;
    code.add(new TypeInsnNode(Opcodes.NEW, "java/lang/StringBuilder"));
    code.add(new InsnNode(Opcodes.DUP));
    code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "()V"));
    append(code, new LdcInsnNode("Sale(item="), "Ljava/lang/String;");
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    append(code, new FieldInsnNode(Opcodes.GETFIELD, PACKAGE + "Sale", "item", "Ljava/lang/String;"),
        "Ljava/lang/String;");
    append(code, new LdcInsnNode(", amount="), "Ljava/lang/String;");
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    append(code, new FieldInsnNode(Opcodes.GETFIELD, PACKAGE + "Sale", "amount", "I"), "I");
    append(code, new IntInsnNode(Opcodes.BIPUSH, ')'), "C");
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;"));
    code.add(new InsnNode(Opcodes.ARETURN));
    ClassNode rewritten = adapt(inline, true);
    List<String> properties = propertyNames(rewritten);
    assertThat(Arrays.stream(toString(rewritten).instructions.toArray())
        .filter(LdcInsnNode.class::isInstance).map(ldc -> ((LdcInsnNode) ldc).cst))
        .containsExactly(newSimpleName("Sale") + "(" + properties.get(0) + "=", ", " + properties.get(1) + "=");

    ClassNode handWritten = copy("Sale");
    LabelNode start = new LabelNode();
    toString(handWritten).instructions.insert(start);
    toString(handWritten).instructions.insert(start, new LineNumberNode(14, start));
    assertThat(toStringRecipe(adapt(handWritten, true))).isEqualTo("Sale(item=\u0001, amount=\u0001)");
  }

  private static String newSimpleName(String simpleName) {
    String renamed = analysis.plan().className(PACKAGE + simpleName);
    return renamed.substring(renamed.lastIndexOf('/') + 1);
  }

  private static List<String> propertyNames(ClassNode adapted) {
    KmClass cls = ((KotlinClassMetadata.Class) MetadataAnnotation.read(MetadataAnnotation.of(adapted))).getKmClass();
    return cls.getProperties().stream().map(p -> p.getName()).toList();
  }

  private static void append(InsnList code, AbstractInsnNode value, String type) {
    code.add(value);
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
        "(" + type + ")Ljava/lang/StringBuilder;"));
  }

  private static String toStringRecipe(ClassNode cls) {
    return Arrays.stream(toString(cls).instructions.toArray()).filter(InvokeDynamicInsnNode.class::isInstance)
        .map(indy -> (String) ((InvokeDynamicInsnNode) indy).bsmArgs[0]).findFirst().orElseThrow();
  }

  private static MethodNode toString(ClassNode cls) {
    return cls.methods.stream().filter(m -> DataClassToString.is(m.name, m.desc)).findFirst().orElseThrow();
  }

  private static ClassNode copy(String simpleName) {
    ClassNode copy = new ClassNode();
    analysis.program().classes().get(PACKAGE + simpleName).node().accept(copy);
    return copy;
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
    return adapted(simpleName, false);
  }

  private static ClassNode adapted(String simpleName, boolean renameDataNames) {
    return adapt(analysis.program().classes().get(PACKAGE + simpleName).node(), renameDataNames);
  }

  private static ClassNode adapt(ClassNode cls, boolean renameDataNames) {
    ClassNode out = new ClassNode();
    cls.accept(new MetadataAdapter(out, analysis.plan(), renameDataNames));
    return out;
  }
}
