package dev.jarmor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The parser of a {@link ClassSpecification}, member block included, over a {@link TokenStream}. */
final class SpecificationParser {

  private static final Set<String> SPECIAL_METHODS = Set.of("<init>", "<clinit>");

  private final TokenStream in;

  SpecificationParser(TokenStream in) {
    this.in = in;
  }

  ClassSpecification classSpecification() {
    ClassNamePattern annotation = null;
    if (in.nextIs("@") && !isInterfaceKeyword(in.peek(1))) {
      in.next("'@'");
      annotation = className(in.word("an annotation type after '@'"));
    }
    List<AccessModifiers.Entry> modifiers = new ArrayList<>();
    ClassSpecification.ClassType type = null;
    boolean typeNegated = false;
    while (type == null) {
      boolean negated = in.nextIs("!");
      if (negated) {
        in.next("'!'");
      }
      Token token = in.next("'class', 'interface', 'enum' or '@interface'");
      if (token.is("@") && isInterfaceKeyword(in.peek())) {
        in.next("'interface'");
        type = ClassSpecification.ClassType.ANNOTATION;
      } else if (token.is("class") || token.is("interface") || token.is("enum")) {
        type = token.is("class") ? ClassSpecification.ClassType.CLASS
            : token.is("interface") ? ClassSpecification.ClassType.INTERFACE : ClassSpecification.ClassType.ENUM;
      } else if (token.isWord() && !token.quoted() && AccessModifiers.isClassModifier(token.text())) {
        addModifier(modifiers, token, negated);
        continue;
      } else {
        throw in.error(token, "expecting 'class', 'interface', 'enum' or '@interface', found '" + token.text() + "'");
      }
      if (negated && type == ClassSpecification.ClassType.CLASS) {
        throw in.error(token, "'class' cannot be negated: it matches every class and interface");
      }
      typeNegated = negated;
    }
    ClassNameList names = classNames();
    String extendsKeyword = null;
    ClassNamePattern extendsAnnotation = null;
    ClassNamePattern extendsName = null;
    if (in.nextIs("extends") || in.nextIs("implements")) {
      extendsKeyword = in.next("'extends'").text();
      if (in.nextIs("@")) {
        in.next("'@'");
        extendsAnnotation = className(in.word("an annotation type after '@'"));
      }
      extendsName = className(in.word("a class name after '" + extendsKeyword + "'"));
    }
    List<MemberSpecification> members = new ArrayList<>();
    if (in.nextIs("{")) {
      Token open = in.next("'{'");
      while (!in.nextIs("}")) {
        if (in.atEnd()) {
          throw in.error(open, "missing '}' to close this member block");
        }
        members.add(member(names));
      }
      in.next("'}'");
    }
    return new ClassSpecification(annotation, new AccessModifiers(modifiers), type, typeNegated, names,
        extendsKeyword, extendsAnnotation, extendsName, members);
  }

  private void addModifier(List<AccessModifiers.Entry> modifiers, Token token, boolean negated) {
    for (AccessModifiers.Entry entry : modifiers) {
      if (entry.keyword().equals(token.text())) {
        throw in.error(token, entry.negated() == negated ? "modifier " + token.text() + " appears twice"
            : "conflicting modifiers " + token.text() + " and !" + token.text());
      }
    }
    modifiers.add(new AccessModifiers.Entry(token.text(), negated));
  }

  private static boolean isInterfaceKeyword(Token token) {
    return token != null && token.is("interface");
  }

  private ClassNameList classNames() {
    List<ClassNameList.Entry> entries = new ArrayList<>();
    do {
      if (!entries.isEmpty()) {
        in.next("','");
      }
      boolean negated = in.nextIs("!");
      if (negated) {
        in.next("'!'");
      }
      entries.add(new ClassNameList.Entry(negated, className(in.word("a class name"))));
    } while (in.nextIs(","));
    return new ClassNameList(entries);
  }

  private ClassNamePattern className(Token token) {
    if (!Wildcards.isClassNameGlob(token.text())) {
      throw in.error(token, "'" + token.text() + "' is not a class name");
    }
    return ClassNamePattern.compile(token.text());
  }

  private MemberSpecification member(ClassNameList classNames) {
    ClassNamePattern annotation = null;
    if (in.nextIs("@")) {
      in.next("'@'");
      annotation = className(in.word("an annotation type after '@'"));
    }
    List<AccessModifiers.Entry> modifiers = new ArrayList<>();
    while (true) {
      boolean negated = in.nextIs("!");
      Token token = in.peek(negated ? 1 : 0);
      if (token == null || !token.isWord() || token.quoted() || !AccessModifiers.isMemberModifier(token.text())) {
        if (negated) {
          throw in.error(in.peek(), "expecting a member modifier after '!'");
        }
        break;
      }
      if (negated) {
        in.next("'!'");
      }
      in.next("a modifier");
      addModifier(modifiers, token, negated);
    }
    AccessModifiers access = new AccessModifiers(modifiers);
    Token first = in.word("a member specification such as <fields>, <methods>, * or a field or method");
    if (in.nextIs(";")) {
      MemberSpecification.Kind kind = first.is("<fields>") ? MemberSpecification.Kind.ALL_FIELDS
          : first.is("<methods>") ? MemberSpecification.Kind.ALL_METHODS
          : first.is("*") ? MemberSpecification.Kind.ALL_MEMBERS : null;
      if (kind == null) {
        throw in.error(first, "expecting a type and a name, found only '" + first.text() + "'");
      }
      in.next("';'");
      checkModifiers(access, first, kind != MemberSpecification.Kind.ALL_METHODS,
          kind != MemberSpecification.Kind.ALL_FIELDS);
      return MemberSpecification.wildcard(annotation, access, kind);
    }
    if (first.is("<fields>") || first.is("<methods>")) {
      Token found = in.next("';' after " + first.text());
      throw in.error(found, "expecting ';' after " + first.text() + ", found '" + found.text() + "'");
    }
    if (in.nextIs("(")) {
      checkConstructorName(first, classNames);
      checkModifiers(access, first, false, true);
      List<Token> arguments = arguments();
      end();
      return MemberSpecification.method(annotation, access, null, first.text(), texts(arguments),
          "\\(" + argumentsRegex(arguments) + "\\)V");
    }
    Token name = in.word("a member name after type '" + first.text() + "'");
    if (!SPECIAL_METHODS.contains(name.text()) && !Wildcards.isMemberNameGlob(name.text())) {
      throw in.error(name, "'" + name.text() + "' is not a member name");
    }
    if (in.nextIs("(")) {
      String returnType = type(first, true, "a type");
      checkModifiers(access, first, false, true);
      List<Token> arguments = arguments();
      end();
      return MemberSpecification.method(annotation, access, first.text(), name.text(), texts(arguments),
          "\\(" + argumentsRegex(arguments) + "\\)" + returnType);
    }
    String fieldType = type(first, false, "a field type");
    if (SPECIAL_METHODS.contains(name.text())) {
      throw in.error(name, "expecting '(' after " + name.text());
    }
    checkModifiers(access, first, true, false);
    end();
    return MemberSpecification.field(annotation, access, first.text(), name.text(), fieldType);
  }

  /**
   * ProGuard reads {@code Name(...)} without a return type as a constructor, and only accepts it if
   * {@code Name} is {@code <init>} or the class name as written (in full or without its package):
   * anything else is a method whose return type was forgotten.
   */
  private void checkConstructorName(Token name, ClassNameList classNames) {
    if (name.is("<init>")) {
      return;
    }
    for (ClassNameList.Entry entry : classNames.entries()) {
      String className = entry.pattern().toString();
      if (name.text().equals(className) || name.text().equals(className.substring(className.lastIndexOf('.') + 1))) {
        return;
      }
    }
    throw in.error(name, "expecting a type and a name before '(', found only '" + name.text()
        + "' (a constructor is <init>(...) or the class name)");
  }

  private List<Token> arguments() {
    in.expect("(", "before the argument types");
    List<Token> arguments = new ArrayList<>();
    if (in.nextIs(")")) {
      in.next("')'");
      return arguments;
    }
    while (true) {
      arguments.add(in.word("an argument type"));
      Token separator = in.next("',' or ')' in the argument types");
      if (separator.is(")")) {
        return arguments;
      }
      if (!separator.is(",")) {
        throw in.error(separator, "expecting ',' or ')' in the argument types, found '" + separator.text() + "'");
      }
    }
  }

  private static List<String> texts(List<Token> tokens) {
    return tokens.stream().map(Token::text).toList();
  }

  private String argumentsRegex(List<Token> arguments) {
    StringBuilder regex = new StringBuilder();
    for (Token argument : arguments) {
      if (argument.is("...")) {
        regex.append("(?:").append(TypePattern.ANY_TYPE).append(")*");
      } else {
        regex.append(type(argument, false, "an argument type"));
      }
    }
    return regex.toString();
  }

  private String type(Token token, boolean returnType, String what) {
    String regex = TypePattern.toRegex(token.text(), returnType);
    if (regex != null) {
      return regex;
    }
    if (token.text().contains("<") && !token.text().startsWith("<")) {
      throw in.error(token, "'" + token.text() + "' is generic: write the erased type, as in the class file");
    }
    throw in.error(token, "'" + token.text() + "' is not " + what);
  }

  /** ProGuard rejects modifiers a member cannot have rather than matching nothing. */
  private void checkModifiers(AccessModifiers access, Token at, boolean fields, boolean methods) {
    String wrong = fields && !methods ? access.notForFields() : methods && !fields ? access.notForMethods() : null;
    if (wrong != null) {
      throw in.error(at, "a " + (fields ? "field" : "method") + " cannot be " + wrong);
    }
  }

  private void end() {
    Token token = in.next("';' after the member specification");
    if (token.is("=") || token.is("return")) {
      throw in.error(token, "values ('" + token.text() + "') belong to -assumevalues and -assumenosideeffects,"
          + " not to keep rules");
    }
    if (!token.is(";")) {
      throw in.error(token, "expecting ';' after the member specification, found '" + token.text() + "'");
    }
  }
}
