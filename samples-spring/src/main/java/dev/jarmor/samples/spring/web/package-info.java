/** The web controller, in a subpackage of the application's, as component scanning finds it. */
package dev.jarmor.samples.spring.web;
