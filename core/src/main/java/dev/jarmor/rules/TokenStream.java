package dev.jarmor.rules;

import dev.jarmor.JarmorException;
import java.util.List;

/** A cursor over one file's tokens that turns every complaint into a {@code file:line: ...} usage error. */
final class TokenStream {

  private final List<Token> tokens;
  private final String file;
  private int position;

  TokenStream(List<Token> tokens, String file) {
    this.tokens = tokens;
    this.file = file;
  }

  String file() {
    return file;
  }

  boolean atEnd() {
    return position >= tokens.size();
  }

  /** The next token, or null at the end. */
  Token peek() {
    return peek(0);
  }

  /** The token {@code ahead} places after the next one, or null past the end. */
  Token peek(int ahead) {
    int index = position + ahead;
    return index < tokens.size() ? tokens.get(index) : null;
  }

  /** Whether the next token is that word or delimiter. */
  boolean nextIs(String text) {
    Token next = peek();
    return next != null && next.is(text);
  }

  /** Consumes the next token, which must exist; {@code what} says what was expected, for the error. */
  Token next(String what) {
    if (atEnd()) {
      throw error(lastLine(), "expecting " + what + " but the file ends");
    }
    return tokens.get(position++);
  }

  /** Consumes the next token, which must be a word. */
  Token word(String what) {
    Token token = next(what);
    if (!token.isWord()) {
      throw error(token, "expecting " + what + ", found '" + token.text() + "'");
    }
    return token;
  }

  /** Consumes the next token, which must be that delimiter or word. */
  Token expect(String text, String context) {
    Token token = next("'" + text + "' " + context);
    if (!token.is(text)) {
      throw error(token, "expecting '" + text + "' " + context + ", found '" + token.text() + "'");
    }
    return token;
  }

  JarmorException error(Token at, String message) {
    return error(at.line(), message);
  }

  JarmorException error(int line, String message) {
    return JarmorException.usage(file + ":" + line + ": " + message);
  }

  private int lastLine() {
    return tokens.isEmpty() ? 1 : tokens.get(tokens.size() - 1).line();
  }
}
