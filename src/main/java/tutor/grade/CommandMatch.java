package tutor.grade;

import java.util.List;
import java.util.Optional;
import tutor.pack.CommandTable;

/**
 * Compares a typed command with a key command through their {@link CommandForm}s, and finds the one
 * kind of slip worth forgiving: a typo inside a plain word (the program name {@code gerp}). Pure.
 */
public final class CommandMatch {
  /**
   * Plain words shorter than this are never typos: one letter turns {@code cut} into {@code cat}.
   */
  static final int MIN_TYPO_WORD = 4;

  private CommandMatch() {}

  /**
   * Whether both parse and mean the same command; false when either is not complete shell syntax.
   */
  public static boolean matches(String typed, String key, CommandTable table) {
    Optional<CommandForm> t = CommandForm.of(typed, table);
    if (t.isEmpty()) return false;
    Optional<CommandForm> k = CommandForm.of(key, table);
    return k.isPresent() && t.get().equals(k.get());
  }

  /**
   * A whole command as copied from a page or a chat: without the backticks around it ({@code `git
   * status`}) or a shell prompt before it ({@code $ git status}), which are not part of what is
   * run. Neither is ever the start of a command ({@code $} alone is no program; backticks around
   * the whole line would run its output), so taking them off cannot turn a wrong command right; the
   * caller keeps them when the key itself has them. Anything else is returned as typed.
   */
  public static String withoutPromptOrBackticks(String typed) {
    String s = typed.strip();
    if (s.length() > 2
        && s.startsWith("`")
        && s.endsWith("`")
        && s.indexOf('`', 1) == s.length() - 1) {
      s = s.substring(1, s.length() - 1).strip();
    }
    if (s.length() > 2 && s.charAt(0) == '$' && Character.isWhitespace(s.charAt(1))) {
      s = s.substring(2).strip();
    }
    return s.isEmpty() ? typed : s;
  }

  /** Whether {@code line} is complete shell syntax (no open quote or bracket). */
  public static boolean parses(String line) {
    return ShellWords.split(line).isPresent();
  }

  /**
   * The typed command with one word corrected, when that alone makes it match {@code key}: the word
   * is plain letters, or letters joined by hyphens (not an option, operator, number, sign, path,
   * glob or quoted text), at least {@value #MIN_TYPO_WORD} long, and one letter away (a swap counts
   * as one) from a word of the key, with the same first letter, and names a program or a subcommand
   * (see {@link #commandNames}); not a plural of it. A three-letter name is offered only for its
   * last two letters swapped ({@code pdw}, {@code git lgo}). Empty otherwise; in particular when
   * words were added, removed or reordered.
   */
  public static Optional<String> typo(String typed, String key, CommandTable table) {
    Optional<List<ShellWords.Token>> typedTokens = ShellWords.split(typed);
    Optional<List<ShellWords.Token>> keyTokens = ShellWords.split(key);
    if (typedTokens.isEmpty() || keyTokens.isEmpty() || matches(typed, key, table))
      return Optional.empty();
    List<ShellWords.Word> names = commandNames(typedTokens.get(), table);
    for (ShellWords.Token t : typedTokens.get()) {
      if (!(t instanceof ShellWords.Word w) || !nameLike(w) || !names.contains(w)) continue;
      for (ShellWords.Token k : keyTokens.get()) {
        if (!(k instanceof ShellWords.Word kw) || !nameLike(kw)) continue;
        if (EditDistance.withTranspositions(w.key(), kw.key()) != 1) continue;
        // Only letters may differ, in a part of four letters or more: check-ingore for
        // check-ignore, never check_ignore, nor go-r for the mode go-w.
        if (!onlyLettersDiffer(w.key(), kw.key())) continue;
        if (kw.key().contains("-") && partAt(kw.key(), w.key()).length() < MIN_TYPO_WORD) continue;
        // A short name one letter off is another program (cut for cat); only its last two letters
        // swapped is a slip of the finger (pdw for pwd, git lgo for git log).
        if (length(w.key()) < MIN_TYPO_WORD || length(kw.key()) < MIN_TYPO_WORD) {
          if (!lastTwoSwapped(w.key(), kw.key())) continue;
        }
        // A plural is a name misremembered, not a slip of the finger: git remotes, git branches.
        if (w.key().equals(kw.key() + "s") || kw.key().equals(w.key() + "s")) continue;
        // A letter added or changed in front makes another program more often than a slip:
        // pkill for kill, egrep for grep.
        if (w.key().codePointAt(0) != kw.key().codePointAt(0)) continue;
        String fixed = typed.substring(0, w.start()) + kw.key() + typed.substring(w.end());
        if (matches(fixed, key, table)) return Optional.of(fixed);
      }
    }
    return Optional.empty();
  }

  /**
   * A name one slip away in an argument ({@code git restore note.md} for {@code git restore
   * notes.md}): the typed word and the key's word, when mending that one word alone makes the
   * command match. The word is not an option, not a program or subcommand name (those are offered
   * as {@link #typo}s), holds at least {@value #MIN_TYPO_WORD} letters, and only letters differ
   * (one added, dropped, changed, or two neighbours swapped). Such an answer names another file,
   * branch or pattern, so it is never credited; the pair only lets the feedback say how close it
   * was.
   */
  public static Optional<List<String>> argumentSlip(String typed, String key, CommandTable table) {
    Optional<List<ShellWords.Token>> typedTokens = ShellWords.split(typed);
    Optional<List<ShellWords.Token>> keyTokens = ShellWords.split(key);
    if (typedTokens.isEmpty() || keyTokens.isEmpty() || matches(typed, key, table))
      return Optional.empty();
    List<ShellWords.Word> names = commandNames(typedTokens.get(), table);
    for (ShellWords.Token t : typedTokens.get()) {
      if (!(t instanceof ShellWords.Word w) || names.contains(w) || w.key().startsWith("-"))
        continue;
      for (ShellWords.Token k : keyTokens.get()) {
        if (!(k instanceof ShellWords.Word kw) || kw.key().startsWith("-")) continue;
        if (!lettersSlip(bare(w.key()), bare(kw.key()))) continue;
        String fixed = typed.substring(0, w.start()) + kw.raw() + typed.substring(w.end());
        if (matches(fixed, key, table)) return Optional.of(List.of(w.key(), kw.key()));
      }
    }
    return Optional.empty();
  }

  /** A path without a leading {@code ./}, which names the same file. */
  private static String bare(String path) {
    return path.startsWith("./") ? path.substring(2) : path;
  }

  /** One edit apart (a swap counting as one), and every character that differs is a letter. */
  private static boolean lettersSlip(String a, String b) {
    if (EditDistance.withTranspositions(a, b) != 1) return false;
    if (a.codePoints().filter(Character::isLetter).count() < MIN_TYPO_WORD) return false;
    return onlyLettersDiffer(a, b);
  }

  /**
   * The words that name a program or a subcommand: the first word of each simple command, and the
   * word after it when the table gives that program subcommands ({@code git comit}). A typo
   * anywhere else is in an argument (a file, a branch, a pattern: {@code mkdir photo}, {@code grep
   * TOOD}) and makes another command, so it is never offered as a slip.
   */
  private static List<ShellWords.Word> commandNames(
      List<ShellWords.Token> tokens, CommandTable table) {
    List<ShellWords.Word> names = new java.util.ArrayList<>();
    int position = 0;
    ShellWords.Word program = null;
    for (ShellWords.Token t : tokens) {
      if (t instanceof ShellWords.Operator) {
        position = 0;
      } else if (t instanceof ShellWords.Word w) {
        if (position == 0) {
          names.add(w);
          program = w;
        } else if (position == 1 && table.hasSubcommands(program.key())) {
          names.add(w);
        }
        position++;
      }
    }
    return names;
  }

  /**
   * A word that may name a program or subcommand with a slip in it: plain letters, or letters
   * joined by single hyphens ({@code check-ignore}), unquoted, at least three letters long.
   */
  private static boolean nameLike(ShellWords.Word w) {
    String k = w.key();
    return length(k) >= SHORT_NAME && k.matches("\\p{L}+(-\\p{L}+)*") && w.raw().equals(k);
  }

  /** Three-letter names ({@code pwd}, {@code log}) may be offered, but only for a swap. */
  static final int SHORT_NAME = 3;

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The same letters, the last two swapped: {@code pdw} and {@code pwd}. */
  private static boolean lastTwoSwapped(String a, String b) {
    int n = a.length();
    return n == SHORT_NAME
        && b.length() == n
        && a.regionMatches(0, b, 0, n - 2)
        && a.charAt(n - 2) == b.charAt(n - 1)
        && a.charAt(n - 1) == b.charAt(n - 2)
        && a.charAt(n - 1) != a.charAt(n - 2);
  }

  /** The hyphen-separated part of {@code key} where it first differs from {@code typed}. */
  private static String partAt(String key, String typed) {
    int p = 0;
    while (p < key.length() && p < typed.length() && key.charAt(p) == typed.charAt(p)) p++;
    int start = key.lastIndexOf('-', Math.max(0, Math.min(p, key.length()) - 1)) + 1;
    if (p < key.length() && key.charAt(p) == '-') start = p + 1;
    int end = key.indexOf('-', start);
    return key.substring(start, end < 0 ? key.length() : end);
  }

  /** Every character where the two words differ is a letter (hyphens stay where they are). */
  private static boolean onlyLettersDiffer(String a, String b) {
    int p = 0;
    while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) p++;
    int q = 0;
    while (q < a.length() - p
        && q < b.length() - p
        && a.charAt(a.length() - 1 - q) == b.charAt(b.length() - 1 - q)) q++;
    String differs = a.substring(p, a.length() - q) + b.substring(p, b.length() - q);
    return differs.codePoints().allMatch(Character::isLetter);
  }
}
