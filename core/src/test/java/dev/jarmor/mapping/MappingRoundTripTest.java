package dev.jarmor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jarmor.Analysis;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.plan.Plan;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan's mapping, written and read back, gives every class and member its planned name. */
class MappingRoundTripTest {

  @Test
  void everyNameOfThePlanComesBack(@TempDir Path dir) throws IOException {
    Path classes = TestPrograms.compile(dir, TestPrograms.V1);
    try (Analysis analysis = TestPrograms.analyze(classes, 42)) {
      Plan plan = analysis.plan();
      StringWriter text = new StringWriter();
      MappingWriter.write(plan, text);
      Mapping parsed = MappingParser.parse(new StringReader(text.toString()), "mapping.txt");

      assertThat(parsed.classes()).isEqualTo(PlanMapping.of(plan).classes());
      MappingPriorNames prior = new MappingPriorNames(parsed);
      int renamed = 0;
      for (ClassInfo cls : plan.hierarchy().programClasses()) {
        String owner = cls.name();
        ClassMapping mapping = parsed.byOriginalName(owner.replace('/', '.'));
        assertThat(mapping.newName()).isEqualTo(plan.className(owner).replace('/', '.'));
        assertThat(parsed.byNewName(mapping.newName())).isSameAs(mapping);
        assertThat(prior.className(owner)).isEqualTo(mapping.renamed() ? plan.className(owner) : null);
        for (MemberInfo field : cls.fields()) {
          String planned = plan.fieldName(owner, field.name(), field.descriptor());
          assertThat(mapping.fields()).filteredOn(f -> f.originalName().equals(field.name())
              && f.descriptor().equals(field.descriptor())).singleElement()
              .extracting(FieldMapping::newName).isEqualTo(planned);
          assertThat(prior.fieldName(new MemberRef(owner, field.name(), field.descriptor())))
              .isEqualTo(planned.equals(field.name()) ? null : planned);
          renamed += planned.equals(field.name()) ? 0 : 1;
        }
        for (MemberInfo method : cls.methods()) {
          if (method.name().startsWith("<")) {
            continue;
          }
          String planned = plan.methodName(owner, method.name(), method.descriptor());
          assertThat(mapping.methods()).filteredOn(m -> m.originalName().equals(method.name())
              && m.descriptor().equals(method.descriptor())).singleElement()
              .extracting(MethodMapping::newName).isEqualTo(planned);
          assertThat(prior.methodName(new MemberRef(owner, method.name(), method.descriptor())))
              .isEqualTo(planned.equals(method.name()) ? null : planned);
          renamed += planned.equals(method.name()) ? 0 : 1;
        }
      }
      assertThat(renamed).as("the program has renamed members to check").isGreaterThan(5);
    }
  }
}
