/**
 * The extension point for languages other than Java: {@link dev.jarmor.language.LanguageSupport} contributes
 * boundaries and the rewrite of names a compiler records outside the bytecode; {@link dev.jarmor.language.Languages}
 * finds the installed ones. Core itself knows no language.
 */
package dev.jarmor.language;
