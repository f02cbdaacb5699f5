/**
 * The fix search of {@code jarmor check --fix}: for a failing variant, which passes cause it ({@link
 * dev.jarmor.check.fix.PassBisection}), which rules fix it ({@link dev.jarmor.check.fix.FixCandidates} ranks the
 * candidates, {@link dev.jarmor.check.fix.FixSearch} narrows them down with {@link dev.jarmor.check.fix.Ddmin}), and
 * the rules file that says so ({@link dev.jarmor.check.fix.FixRulesFile}). It runs nothing itself: the check engine
 * implements {@link dev.jarmor.check.fix.FixOracle} (and the bisection's oracle) by protecting and rerunning.
 */
package dev.jarmor.check.fix;
