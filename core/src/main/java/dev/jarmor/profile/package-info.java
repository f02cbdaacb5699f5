/**
 * A profile of the program's run, which tells level 4 the methods to spare: {@link dev.jarmor.profile.HotMethods}
 * reads a JFR recording (through {@link dev.jarmor.profile.ExecutionSamples}) or a list of methods.
 */
package dev.jarmor.profile;
