/**
 * jarmor's Maven plugin: the {@code protect} goal ({@link dev.jarmor.maven.ProtectMojo}, bound to {@code package})
 * protects the project's main artifact with its resolved dependencies as libraries and puts the protected jar in its
 * place; the {@code check} goal ({@link dev.jarmor.maven.CheckMojo}, bound to {@code verify}) runs the project's own
 * tests against the protected build at each level. Both take their options from {@link
 * dev.jarmor.maven.AbstractJarmorMojo}, which maps them onto core's {@link dev.jarmor.ProtectOptions} in one place;
 * the work is core's API, the plugin only resolves what Maven knows and logs what core reports.
 */
package dev.jarmor.maven;
