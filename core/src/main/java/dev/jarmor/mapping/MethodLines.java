package dev.jarmor.mapping;

/**
 * The line numbers one method's output code carries and the source lines they stand for, recorded
 * when debug information is removed with {@code --keep-lines}; the mapping writes them as
 * {@code 1:9:void run():40:48 -> c}.
 *
 * @param owner the original internal name of the declaring class
 * @param name the method's original name
 * @param descriptor the method's original descriptor
 */
public record MethodLines(String owner, String name, String descriptor, LineRange lines, LineRange originalLines) {}
