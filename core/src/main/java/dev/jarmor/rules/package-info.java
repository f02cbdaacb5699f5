/**
 * ProGuard keep rules ({@code --rules <file>}): parsing them and matching them against classes and members.
 *
 * <p>Entry points: {@link dev.jarmor.rules.Presets} holds the rule files shipped for frameworks
 * ({@code --preset}); {@link dev.jarmor.rules.RuleParser#parse(java.nio.file.Path)} reads a configuration
 * file (and what it includes) into a {@link dev.jarmor.rules.RuleSet} of
 * {@link dev.jarmor.rules.KeepRule}s, the {@link dev.jarmor.rules.ClassFilter}s of {@code -dontnote} and
 * {@code -dontwarn}, plus warnings for the options jarmor does not act on. The rules are the boundary
 * analysis's input: {@code dev.jarmor.boundary.RuleBoundary} keeps the names they match and warns of a
 * user's rule that matches nothing; nothing here depends on the boundary package.
 *
 * <p>The model follows the syntax: a {@link dev.jarmor.rules.KeepRule} has a
 * {@link dev.jarmor.rules.ClassSpecification}, which has {@link dev.jarmor.rules.MemberSpecification}s;
 * names are {@link dev.jarmor.rules.ClassNamePattern}s (also used by {@code --keep}; one without wildcards is
 * compared as a name), member names {@code NameGlob}s, and types are matched as regular
 * expressions over descriptors. Rules are matched against programs of tens of thousands of classes: a class
 * specification that names its classes one by one offers those as its only candidates
 * ({@link dev.jarmor.rules.ClassSpecification#candidates}). Parsing is split into a tokenizer, a token cursor
 * that words every error as {@code file:line: ...}, the class specification parser and the option
 * parser.
 *
 * <p>jarmor does not shrink or optimize, so a rule matters only for the names it keeps: shrinking and
 * optimization modifiers are accepted and change nothing.
 */
package dev.jarmor.rules;
