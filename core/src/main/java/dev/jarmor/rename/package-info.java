/**
 * Name generation: deterministic, seeded sequences of candidate names
 * ({@link dev.jarmor.rename.ShortNames}, {@link dev.jarmor.rename.KeywordNames}, {@link dev.jarmor.rename.DictionaryNames}) behind
 * {@link dev.jarmor.rename.NameGenerator}. Which candidate a name gets is the planner's job.
 */
package dev.jarmor.rename;
