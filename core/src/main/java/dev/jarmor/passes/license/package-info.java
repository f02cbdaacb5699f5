/**
 * Licensing woven into the program ({@code protect --license}): {@link dev.jarmor.passes.license.LicenseRuntime}
 * adds the licence check's runtime classes to the program before it is analysed, so that they are renamed and
 * protected with it, and binds the licence API to them; {@link dev.jarmor.passes.license.LicenseCheckPass} calls the
 * check from the entry points and initializers and points child processes at the licence.
 */
package dev.jarmor.passes.license;
