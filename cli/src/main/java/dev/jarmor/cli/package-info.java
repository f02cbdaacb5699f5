/**
 * The {@code jarmor} command line ({@link dev.jarmor.cli.Main}): one picocli command class per
 * subcommand, shared option groups, and {@link dev.jarmor.cli.Errors}, which turns every failure into
 * one line and its documented exit code.
 */
package dev.jarmor.cli;
