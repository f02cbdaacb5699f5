/** Plain helpers the greeting service calls: renamed, package and all, by jarmor. */
package dev.jarmor.samples.spring.text;
