package tutor.terminal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;
import tutor.session.SessionEnd;

/** Reads answers with JLine: line editing, Ctrl-C and Ctrl-D handled as session ends. */
public final class JLineInput implements LineInput, AutoCloseable {
  private final Terminal terminal;
  private final LineReader reader;

  private JLineInput(Terminal terminal) {
    this.terminal = terminal;
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            // Answers are commands like "echo hi!" or "!!": never expand history events in them.
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.AUTO_FRESH_LINE, true)
            .variable(LineReader.HISTORY_SIZE, 0)
            .build();
    // Between prompts (a verdict worked out, a lesson printed) the terminal does not echo what is
    // typed ahead into the middle of the output: the next prompt shows it in its line. Each read
    // and pause restores this; closing the terminal restores the learner's own settings.
    Attributes quiet = terminal.getAttributes();
    quiet.setLocalFlag(Attributes.LocalFlag.ECHO, false);
    terminal.setAttributes(quiet);
  }

  public static JLineInput open() throws IOException {
    return new JLineInput(systemTerminal());
  }

  public static Terminal systemTerminal() throws IOException {
    // dumb(true): where there is no terminal after all, a dumb one without a warning (the pager
    // then prints everything at once).
    return TerminalBuilder.builder().system(true).dumb(true).build();
  }

  /** Reads from a terminal the caller built (a virtual one in tests); closing closes it. */
  public static JLineInput on(Terminal terminal) {
    return new JLineInput(terminal);
  }

  /**
   * Starts building the terminal and reader on another thread: it takes a good part of a start, and
   * the caller has other work meanwhile (opening the database, preparing the session).
   */
  public static Pending openInBackground() {
    return openInBackground(JLineInput::systemTerminal);
  }

  /** A terminal source that may throw, as building the system terminal does. */
  @FunctionalInterface
  public interface Opener {
    Terminal open() throws IOException;
  }

  public static Pending openInBackground(Opener opener) {
    return new Pending(
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new JLineInput(opener.open());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            task -> {
              Thread t = new Thread(task, "terminal");
              t.setDaemon(true);
              t.start();
            }));
  }

  /** A terminal being built: {@link #get} waits for it; closing closes it, once built. */
  public static final class Pending implements AutoCloseable {
    private final CompletableFuture<JLineInput> input;

    private Pending(CompletableFuture<JLineInput> input) {
      this.input = input;
    }

    public JLineInput get() throws IOException {
      try {
        return input.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException u) throw u.getCause();
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      JLineInput built;
      try {
        built = input.join();
      } catch (CompletionException e) {
        return; // never built: nothing to close
      }
      built.close();
    }
  }

  public Terminal terminal() {
    return terminal;
  }

  /** Typed at a pause that carries typing over: the start of the next line read. */
  private String typedAhead;

  @Override
  public String readLine(String prompt) throws SessionEnd {
    String begun = typedAhead;
    typedAhead = null;
    try {
      return begun == null
          ? reader.readLine(prompt)
          : reader.readLine(prompt, null, (Character) null, begun);
    } catch (UserInterruptException e) {
      throw new SessionEnd(SessionEnd.Cause.INTERRUPT);
    } catch (EndOfFileException e) {
      throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
    }
  }

  @Override
  public boolean interactive() {
    return true;
  }

  /** What a pager's keys read as; everything else is ignored. */
  private enum Key {
    NEXT,
    BACK,
    QUIT,
    COMMAND,
    INTERRUPT,
    END,
    OTHER
  }

  private KeyMap<Key> pagerKeys;

  private KeyMap<Key> pagerKeys() {
    if (pagerKeys != null) return pagerKeys;
    KeyMap<Key> keys = new KeyMap<>();
    keys.setNomatch(Key.OTHER);
    keys.setUnicode(Key.OTHER);
    keys.bind(Key.NEXT, "\r", "\n", " ", "j", "f", "\033[B", "\033OB", "\033[6~");
    keys.bind(Key.BACK, "b", "k", "\033[A", "\033OA", "\033[5~");
    keys.bind(Key.QUIT, "q", "Q", "\033");
    keys.bind(Key.COMMAND, ":");
    keys.bind(Key.INTERRUPT, KeyMap.ctrl('C'));
    keys.bind(Key.END, KeyMap.ctrl('D'));
    // The terminal's own sequences for these keys, where they differ from the usual ones.
    bind(keys, Key.NEXT, Capability.key_npage, Capability.key_down);
    bind(keys, Key.BACK, Capability.key_ppage, Capability.key_up);
    keys.setAmbiguousTimeout(150); // Esc alone quits; Esc [ A is Up
    pagerKeys = keys;
    return keys;
  }

  private void bind(KeyMap<Key> keys, Key key, Capability... caps) {
    for (Capability c : caps) {
      String seq = KeyMap.key(terminal, c);
      if (seq != null && !seq.isEmpty()) keys.bind(key, seq);
    }
  }

  @Override
  public PageKey pageKey(String status) throws SessionEnd {
    return await(status, false, false).key();
  }

  @Override
  public Pause pause(String status, boolean carryTyping) throws SessionEnd {
    return await(status, true, carryTyping);
  }

  /**
   * Shows the status line and waits for a key.
   *
   * @param commands hand back a line typed after ":" (else only :q and :quit mean something)
   * @param carryTyping a printable key other than Enter, space and ":" ends the wait and begins the
   *     next line read
   */
  private Pause await(String status, boolean commands, boolean carryTyping) throws SessionEnd {
    Attributes before = terminal.enterRawMode();
    try {
      // Raw, no echo, and Ctrl-C read as a key: the pager says what it does.
      Attributes raw = terminal.getAttributes();
      raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
      raw.setLocalFlag(Attributes.LocalFlag.ECHO, false);
      terminal.setAttributes(raw);
      terminal.writer().print(status);
      terminal.flush();
      BindingReader keys = new BindingReader(terminal.reader());
      while (true) {
        Key k = keys.readBinding(pagerKeys());
        if (k == null || k == Key.END) throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
        String typed = keys.getLastBinding();
        if (carryTyping && k != Key.COMMAND && k != Key.INTERRUPT && printable(typed)) {
          // "g" of "git status", typed before the question showed: the question comes, and the
          // prompt holds the "g" (as a shell keeps what was typed ahead), rather than "j" paging
          // on and "it status" becoming the answer.
          typedAhead = typed;
          return Pause.NEXT;
        }
        if (!carryTyping && typedLine(k, typed, keys)) {
          // A line typed here (tmux sends one at once; a learner may type an answer): its spaces
          // paged and its rest became the next answer. The whole line is taken, up to its Enter,
          // which ends the pause as Enter does; nothing of it reaches the next prompt. It is shown
          // as it is typed, with what Enter and Esc do: taken unseen, one stray key ("x") made
          // the page deaf to Space, b and q until an Enter nobody knew was awaited.
          if (typedAtPage(keys, typed)) return Pause.NEXT;
          terminal.writer().print("\r");
          terminal.puts(Capability.clr_eol);
          terminal.writer().print(status);
          terminal.flush();
          continue;
        }
        switch (k) {
          case NEXT -> {
            return Pause.NEXT;
          }
          case BACK -> {
            return new Pause(PageKey.BACK, null);
          }
          case QUIT -> {
            return new Pause(PageKey.QUIT, null);
          }
          case INTERRUPT -> throw new SessionEnd(SessionEnd.Cause.INTERRUPT);
          case COMMAND -> {
            // ":quit" typed at a pause: without this its q skipped the lesson and "uit" became the
            // next answer. As in less, ":" reads a command line; :q and :quit end; others go back
            // to the caller where it takes them (":dispute" under a verdict), else are dropped
            // (a pager's page is no place for them), and the pause goes on.
            String line = commandLine(keys);
            if (isQuit(line)) throw new SessionEnd(SessionEnd.Cause.QUIT);
            if (commands && !line.isBlank()) return new Pause(null, ":" + line.strip());
            terminal.writer().print("\r");
            terminal.puts(Capability.clr_eol);
            // A command a page has no use for (":dispute" on a lesson's page) was dropped without
            // a word: one line says where it works, in the status line's place until a key.
            terminal
                .writer()
                .print(
                    line.isBlank()
                        ? status
                        : Wrap.cut(
                            ":" + line.strip() + " works at a question's prompt, not here.",
                            width() - 1));
            terminal.flush();
          }
          default -> {} // a key a pager has no use for: not Enter, not shown
        }
      }
    } finally {
      // The status line goes: the next page (or whatever follows) takes its place.
      terminal.writer().print("\r");
      terminal.puts(Capability.clr_eol);
      terminal.flush();
      terminal.setAttributes(before);
    }
  }

  /**
   * Whether the key begins a line of words rather than being a pager's key: a printable key the
   * pager has no use for, or a letter that pages on ("f" of "find", "j" of "jobs") with more
   * printable keys already typed behind it (no hand types two keys within {@link #LINE_MILLIS}).
   */
  private static boolean typedLine(Key k, String typed, BindingReader keys) {
    if (!printable(typed) || k == Key.COMMAND) return false;
    if (k == Key.OTHER) return true;
    // q and b keep their meaning whatever follows: "q" then an answer typed ahead closes a page
    // opened from the question (:example) and answers it.
    if (k != Key.NEXT) return false;
    int next = keys.peekCharacter(LINE_MILLIS);
    return next > ' ' && next != 127;
  }

  /** Keys that follow one another within this long were sent together, as a line. */
  private static final long LINE_MILLIS = 15;

  /** What the status line says while a line typed at a page is shown. */
  static final String TYPED_AT_PAGE = "Enter goes on, Esc back: ";

  /**
   * Reads the rest of a line typed at a page, shown in the status line's place as it is typed: true
   * at its Enter (the pause ends as with Enter), false when Esc, or Backspace over its first key,
   * takes it back (the page's keys work again). Ctrl-C interrupts.
   */
  private boolean typedAtPage(BindingReader keys, String first) throws SessionEnd {
    StringBuilder line = new StringBuilder(first);
    while (true) {
      String shown = line.toString();
      int room = Math.max(1, width() - 1 - TYPED_AT_PAGE.length());
      if (shown.length() > room) shown = shown.substring(shown.length() - room);
      terminal.writer().print("\r");
      terminal.puts(Capability.clr_eol);
      terminal.writer().print(Wrap.cut(TYPED_AT_PAGE + shown, width() - 1));
      terminal.flush();
      int c = keys.readCharacter();
      if (c == -1 || c == 4) throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
      if (c == 3) throw new SessionEnd(SessionEnd.Cause.INTERRUPT);
      if (c == '\r' || c == '\n') return true;
      if (c == 27) {
        // Esc alone, or the start of a key's sequence (an arrow): either way, back to the page.
        while (keys.peekCharacter(LINE_MILLIS) > 0) keys.readCharacter();
        return false;
      }
      if (c == 127 || c == 8) {
        line.setLength(Math.max(0, line.length() - 1));
        if (line.length() == 0) return false;
      } else if (c >= ' ') {
        line.appendCodePoint(c);
      }
    }
  }

  /** The rest of a line typed after ":" at a pause, shown as it is typed; Ctrl-C interrupts. */
  private String commandLine(BindingReader keys) throws SessionEnd {
    StringBuilder line = new StringBuilder();
    terminal.writer().print("\r");
    terminal.puts(Capability.clr_eol);
    terminal.writer().print(":");
    terminal.flush();
    while (true) {
      int c = keys.readCharacter();
      if (c == -1 || c == 4) throw new SessionEnd(SessionEnd.Cause.END_OF_INPUT);
      if (c == 3) throw new SessionEnd(SessionEnd.Cause.INTERRUPT);
      if (c == '\r' || c == '\n') return line.toString();
      if (c == 127 || c == 8) {
        if (line.length() == 0) return ""; // backspace over the ":" leaves the command line
        line.setLength(line.length() - 1);
        terminal.writer().print("\b \b");
      } else if (c == 27) {
        return "";
      } else if (c >= ' ') {
        line.appendCodePoint(c);
        terminal.writer().print(Character.toString(c));
      }
      terminal.flush();
    }
  }

  /** One printable character, not a space (space pages on). */
  private static boolean printable(String typed) {
    return typed != null
        && typed.codePointCount(0, typed.length()) == 1
        && typed.codePointAt(0) > ' '
        && typed.codePointAt(0) != 127;
  }

  private static boolean isQuit(String command) {
    String c = command.strip().toLowerCase(java.util.Locale.ROOT);
    return c.equals("q") || c.equals("quit");
  }

  @Override
  public void clearScreen() {
    terminal.puts(Capability.clear_screen);
    terminal.flush();
  }

  @Override
  public int width() {
    int w = terminal.getWidth();
    return w <= 0 ? 80 : Math.min(w, 100);
  }

  @Override
  public int height() {
    int h = terminal.getHeight();
    return h <= 0 ? 24 : h;
  }

  @Override
  public void close() throws IOException {
    terminal.close();
  }
}
