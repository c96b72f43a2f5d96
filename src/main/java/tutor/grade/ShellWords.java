package tutor.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a command line into words, operators and redirections as a POSIX shell does (quotes,
 * backslashes, {@code $...} expansions), without running or expanding anything. Each word keeps a
 * comparison key in which quoting that gives the same word disappears ({@code 'a b'} = {@code "a
 * b"} = {@code a\ b}) but quoting that changes what the shell does stays visible: an unquoted
 * {@code *.txt} is a glob and a quoted one is not, {@code $HOME}, {@code "$HOME"} and {@code
 * '$HOME'} differ. Pure.
 */
public final class ShellWords {
  /** Marks a shell-special character that was quoted, so it is literal. */
  static final char LITERAL = '\u0001';

  /** Marks an expansion outside double quotes (it is split into fields and globbed). */
  static final char EXPANDS = '\u0002';

  /** Marks an expansion inside double quotes. */
  static final char EXPANDS_QUOTED = '\u0003';

  /** Characters whose meaning changes when quoted: globs, brace expansion, tilde. */
  private static final String SPECIAL = "*?[{}~";

  private static final String OPERATOR_START = "|&;()<>";

  private ShellWords() {}

  /** A word, a control operator or a redirection. */
  public sealed interface Token {
    int start();

    int end();
  }

  /**
   * A word. {@code key}: what it means, for comparison; {@code raw}: the text as typed, from {@code
   * start} to {@code end}.
   */
  public record Word(String key, String raw, int start, int end) implements Token {
    /** True when the key has no quoting or expansion marks: the word is plain text. */
    public boolean plain() {
      for (int i = 0; i < key.length(); i++) {
        char c = key.charAt(i);
        if (c == LITERAL || c == EXPANDS || c == EXPANDS_QUOTED) return false;
      }
      return true;
    }
  }

  /** {@code | || && ; & ( ) ;;}; a newline is read as {@code ;}. */
  public record Operator(String op, int start, int end) implements Token {}

  /**
   * A redirection: {@code fd} is the descriptor written before the operator, or -1 when none was;
   * {@code op} one of {@code > >> < <> >| >& <& << <<- <<< &> &>>}.
   */
  public record Redirect(int fd, String op, Word target, int start, int end) implements Token {}

  /** The tokens of {@code line}, or empty when it is not complete shell syntax (an open quote). */
  public static Optional<List<Token>> split(String line) {
    try {
      return Optional.of(new Lexer(line).tokens());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static final class Lexer {
    private final String s;
    private int i;

    Lexer(String s) {
      this.s = s;
    }

    List<Token> tokens() {
      List<Token> out = new ArrayList<>();
      while (true) {
        skipBlanks();
        if (i >= s.length()) return out;
        char c = s.charAt(i);
        int start = i;
        if (c == '#') return out; // a comment runs to the end of the line
        if (c == '\n') {
          i++;
          out.add(new Operator(";", start, i));
          continue;
        }
        Redirect r = redirect();
        if (r != null) {
          out.add(r);
          continue;
        }
        String op = operator();
        if (op != null) {
          out.add(new Operator(op, start, i));
          continue;
        }
        out.add(word());
      }
    }

    private void skipBlanks() {
      while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r'))
        i++;
      // A backslash before a newline joins the lines.
      if (s.startsWith("\\\n", i)) {
        i += 2;
        skipBlanks();
      }
    }

    private String operator() {
      for (String op : List.of("&&", "||", "|&", ";;", "|", ";", "&", "(", ")")) {
        if (s.startsWith(op, i)) {
          i += op.length();
          return op;
        }
      }
      return null;
    }

    private Redirect redirect() {
      int start = i;
      int j = i;
      while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
      int fd = j > i ? Integer.parseInt(s.substring(i, Math.min(j, i + 9))) : -1;
      String op = null;
      for (String o :
          List.of("&>>", "&>", "<<<", "<<-", "<<", ">>", "<>", ">|", ">&", "<&", ">", "<")) {
        if (s.startsWith(o, j)) {
          op = o;
          break;
        }
      }
      if (op == null || (fd >= 0 && op.startsWith("&"))) return null;
      i = j + op.length();
      skipBlanks();
      if (i >= s.length() || OPERATOR_START.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == '\n') {
        throw new IllegalArgumentException("a redirection without a target");
      }
      Word target = word();
      return new Redirect(fd, op, target, start, i);
    }

    private Word word() {
      int start = i;
      StringBuilder key = new StringBuilder();
      List<Integer> unquoted =
          new ArrayList<>(); // where unquoted special characters are in the key
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || OPERATOR_START.indexOf(c) >= 0)
          break;
        if (c == '\\') {
          if (i + 1 >= s.length()) {
            i++;
            continue; // a trailing backslash escapes nothing
          }
          if (s.charAt(i + 1) == '\n') {
            i += 2;
            continue;
          }
          literal(key, s.charAt(i + 1));
          i += 2;
        } else if (c == '\'') {
          int close = s.indexOf('\'', i + 1);
          if (close < 0) throw new IllegalArgumentException("open quote");
          for (int k = i + 1; k < close; k++) literal(key, s.charAt(k));
          i = close + 1;
        } else if (c == '"') {
          i++;
          doubleQuoted(key);
        } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          // $'...' (ANSI-C quoting): as single quotes; escapes are kept as written.
          int close = s.indexOf('\'', i + 2);
          if (close < 0) throw new IllegalArgumentException("open quote");
          for (int k = i + 2; k < close; k++) literal(key, s.charAt(k));
          i = close + 1;
        } else if (c == '$' || c == '`') {
          expansion(key, EXPANDS);
        } else {
          if (SPECIAL.indexOf(c) >= 0 || c == ']' || c == ',') unquoted.add(key.length());
          key.append(c);
          i++;
        }
      }
      return new Word(settle(key.toString(), unquoted), s.substring(start, i), start, i);
    }

    /**
     * Marks as literal the unquoted special characters that do nothing where they stand, so that
     * quoting them makes no difference: {@code ~} not at the start (or after = or :), {@code [}
     * without a closing {@code ]}, braces that hold no comma or {@code ..} ({@code stash@{1}}).
     */
    private static String settle(String key, List<Integer> unquoted) {
      java.util.Set<Integer> inert = new java.util.HashSet<>();
      for (int n = 0; n < unquoted.size(); n++) {
        int at = unquoted.get(n);
        char c = key.charAt(at);
        if (c == '~') {
          if (at > 0 && key.charAt(at - 1) != '=' && key.charAt(at - 1) != ':') inert.add(at);
        } else if (c == '[') {
          boolean closed = false;
          for (int m = n + 1; m < unquoted.size(); m++)
            closed |= key.charAt(unquoted.get(m)) == ']';
          if (!closed) inert.add(at);
        } else if (c == '{') {
          int depth = 0;
          int close = -1;
          boolean list = false;
          for (int m = n + 1; m < unquoted.size() && close < 0; m++) {
            char d = key.charAt(unquoted.get(m));
            if (d == '{') depth++;
            else if (d == '}' && depth-- == 0) close = unquoted.get(m);
            else if (d == ',' && depth == 0) list = true;
          }
          if (close > 0 && key.substring(at, close).contains("..")) list = true;
          if (close < 0 || !list) {
            inert.add(at);
            if (close > 0) inert.add(close);
          }
        }
      }
      // A '}' no brace expansion closes is literal too.
      for (int n = 0; n < unquoted.size(); n++) {
        int at = unquoted.get(n);
        if (key.charAt(at) != '}' || inert.contains(at)) continue;
        int depth = 0;
        boolean opened = false;
        for (int m = n - 1; m >= 0 && !opened; m--) {
          char d = key.charAt(unquoted.get(m));
          if (d == '}') depth++;
          else if (d == '{' && depth-- == 0) opened = !inert.contains(unquoted.get(m));
        }
        if (!opened) inert.add(at);
      }
      if (inert.isEmpty()) return key;
      StringBuilder out = new StringBuilder();
      for (int k = 0; k < key.length(); k++) {
        if (inert.contains(k)) out.append(LITERAL);
        out.append(key.charAt(k));
      }
      return out.toString();
    }

    private void doubleQuoted(StringBuilder key) {
      while (true) {
        if (i >= s.length()) throw new IllegalArgumentException("open quote");
        char c = s.charAt(i);
        if (c == '"') {
          i++;
          return;
        }
        if (c == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
          if (s.charAt(i + 1) != '\n') literal(key, s.charAt(i + 1));
          i += 2;
        } else if (c == '$' || c == '`') {
          expansion(key, EXPANDS_QUOTED);
        } else {
          literal(key, c);
          i++;
        }
      }
    }

    /** A character the shell takes literally. */
    private static void literal(StringBuilder key, char c) {
      if (SPECIAL.indexOf(c) >= 0 || c == '$' || c == '`') key.append(LITERAL);
      key.append(c);
    }

    /** {@code $NAME}, {@code ${NAME}}, {@code $(...)}, {@code $((...))} or a backquoted command. */
    private void expansion(StringBuilder key, char mark) {
      char c = s.charAt(i);
      if (c == '`') {
        int close = s.indexOf('`', i + 1);
        if (close < 0) throw new IllegalArgumentException("open backquote");
        key.append(mark).append("$(").append(innerKey(s.substring(i + 1, close))).append(')');
        i = close + 1;
        return;
      }
      // c == '$'
      if (s.startsWith("$((", i)) {
        int close = matching(i + 1, '(', ')');
        String inner = s.substring(i + 3, close - 1);
        key.append(mark).append("$((").append(inner.replaceAll("\\s+", "")).append("))");
        i = close + 1;
        return;
      }
      if (s.startsWith("$(", i)) {
        int close = matching(i + 1, '(', ')');
        key.append(mark).append("$(").append(innerKey(s.substring(i + 2, close))).append(')');
        i = close + 1;
        return;
      }
      if (s.startsWith("${", i)) {
        int close = matching(i + 1, '{', '}');
        String inner = s.substring(i + 2, close);
        i = close + 1;
        boolean simple = inner.matches("[A-Za-z_][A-Za-z0-9_]*|[0-9]|[@*#?$!-]");
        boolean nameGoesOn =
            i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_');
        // ${PATH} is $PATH unless a letter follows: ${x}y is not $xy.
        if (simple && !nameGoesOn) key.append(mark).append('$').append(inner);
        else key.append(mark).append("${").append(inner).append('}');
        return;
      }
      int j = i + 1;
      if (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_'))
          j++;
      } else if (j < s.length()
          && (Character.isDigit(s.charAt(j)) || "@*#?$!-".indexOf(s.charAt(j)) >= 0)) {
        j++;
      } else {
        key.append('$'); // a lone dollar is just a dollar
        i++;
        return;
      }
      key.append(mark).append(s, i, j);
      i = j;
    }

    /** The index of the bracket closing the one at {@code open}, skipping quoted text. */
    private int matching(int open, char opening, char closing) {
      int depth = 0;
      for (int k = open; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c == '\\') {
          k++;
        } else if (c == '\'') {
          k = s.indexOf('\'', k + 1);
          if (k < 0) break;
        } else if (c == opening) {
          depth++;
        } else if (c == closing && --depth == 0) {
          return k;
        }
      }
      throw new IllegalArgumentException("unclosed " + opening);
    }

    private static String innerKey(String inner) {
      List<Token> tokens =
          split(inner).orElseThrow(() -> new IllegalArgumentException("bad substitution"));
      List<String> keys = new ArrayList<>();
      for (Token t : tokens) keys.add(keyOf(t));
      return String.join(" ", keys);
    }
  }

  /** The comparison key of a token, as it would be written back. */
  static String keyOf(Token t) {
    if (t instanceof Word w) return w.key();
    if (t instanceof Operator o) return o.op();
    Redirect r = (Redirect) t;
    return (r.fd() >= 0 ? Integer.toString(r.fd()) : "") + r.op() + r.target().key();
  }
}
