/**
 * Mapping files: what jarmor renamed, written in ProGuard's {@code mapping.txt} format so that
 * existing tools (ProGuard ReTrace, R8 retrace, crash dashboards) read them, and read back for
 * {@code --apply-mapping} and {@code jarmor retrace}.
 *
 * <p>Entry points: {@link dev.jarmor.mapping.MappingWriter} writes a {@link dev.jarmor.plan.Plan}
 * (through {@link dev.jarmor.mapping.PlanMapping}); {@link dev.jarmor.mapping.MappingParser} reads
 * ProGuard and R8 mapping files into a {@link dev.jarmor.mapping.Mapping};
 * {@link dev.jarmor.mapping.MappingPriorNames} hands an earlier release's names to the planner;
 * {@link dev.jarmor.mapping.Retracer} turns an obfuscated stack trace back into original names.
 *
 * <p>The model ({@link dev.jarmor.mapping.Mapping}, {@link dev.jarmor.mapping.ClassMapping},
 * {@link dev.jarmor.mapping.FieldMapping}, {@link dev.jarmor.mapping.MethodMapping}) mirrors the
 * file: names and types are in Java source form ({@code com.acme.Foo$Inner}, {@code int[]}), and
 * method lines carry optional line ranges, so that a mapping read from a ProGuard or R8 build
 * keeps everything retrace needs and a later {@code --keep-lines} only has to fill them in.
 */
package dev.jarmor.mapping;
