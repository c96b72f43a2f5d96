package tutor.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tutor.pack.CommandTable;
import tutor.pack.CommandTable.Program;

/** What the command matcher takes as the same command, and what it never does. */
public class CommandMatchTest {
  public static final CommandTable TABLE =
      new CommandTable(
          Map.ofEntries(
              Map.entry(
                  "ls",
                  new Program(
                      List.of(
                          List.of("-a", "--all"),
                          List.of("-l", "--format=long"),
                          List.of("-h", "--human-readable")),
                      List.of())),
              Map.entry(
                  "head",
                  new Program(
                      List.of(List.of("-n", "--lines"), List.of("-c", "--bytes")),
                      List.of("-n", "--lines", "-c", "--bytes"))),
              Map.entry(
                  "tail",
                  new Program(
                      List.of(
                          List.of("-n", "--lines"),
                          List.of("-f", "--follow", "--follow=descriptor")),
                      List.of("-n", "--lines"))),
              Map.entry(
                  "grep",
                  new Program(
                      List.of(
                          List.of("-r", "--recursive"),
                          List.of("-n", "--line-number"),
                          List.of("-i", "--ignore-case"),
                          List.of("-e", "--regexp")),
                      List.of("-e", "--regexp"))),
              Map.entry(
                  "rm",
                  new Program(
                      List.of(List.of("-r", "-R", "--recursive"), List.of("-f", "--force")),
                      List.of())),
              Map.entry("mkdir", new Program(List.of(List.of("-p", "--parents")), List.of())),
              Map.entry("cp", new Program(List.of(List.of("-r", "-R", "--recursive")), List.of())),
              Map.entry("chmod", new Program(List.of(List.of("-R", "--recursive")), List.of())),
              Map.entry(
                  "cut",
                  new Program(
                      List.of(List.of("-d", "--delimiter"), List.of("-f", "--fields")),
                      List.of("-d", "--delimiter", "-f", "--fields"))),
              Map.entry(
                  "sort",
                  new Program(
                      List.of(
                          List.of("-n", "--numeric-sort"),
                          List.of("-r", "--reverse"),
                          List.of("-t", "--field-separator"),
                          List.of("-k", "--key")),
                      List.of("-t", "-k"))),
              Map.entry("wc", new Program(List.of(List.of("-l", "--lines")), List.of())),
              Map.entry("find", new Program(List.of(), List.of("-name", "-type"), true)),
              Map.entry(
                  "kill",
                  new Program(
                      List.of(
                          List.of("-s TERM", "-s SIGTERM", "-TERM", "-SIGTERM", "-15", "-n 15"),
                          List.of("-s KILL", "-s SIGKILL", "-KILL", "-SIGKILL", "-9", "-n 9")),
                      List.of("-s", "-n"),
                      true)),
              Map.entry(
                  "git",
                  new Program(
                      List.of(List.of("-v", "--verbose"), List.of("-q", "--quiet")), List.of())),
              Map.entry(
                  "git log",
                  new Program(
                      List.of(
                          List.of("-n 1", "-1", "--max-count=1"),
                          List.of("-n", "--max-count"),
                          List.of("-p", "-u", "--patch")),
                      List.of("-n", "--max-count"))),
              Map.entry(
                  "git restore",
                  new Program(
                      List.of(List.of("-S", "--staged"), List.of("-W", "--worktree")), List.of())),
              Map.entry(
                  "git commit",
                  new Program(
                      List.of(List.of("-m", "--message"), List.of("-a", "--all")),
                      List.of("-m", "--message"))),
              Map.entry(
                  "git switch",
                  new Program(List.of(List.of("-c", "--create")), List.of("-c", "--create"))),
              Map.entry(
                  "git branch",
                  new Program(
                      List.of(List.of("-m", "--move"), List.of("-d", "--delete")), List.of())),
              Map.entry(
                  "git diff", new Program(List.of(List.of("--staged", "--cached")), List.of())),
              Map.entry(
                  "git pull",
                  new Program(List.of(List.of("-r", "--rebase", "--rebase=true")), List.of()))));

  static boolean same(String a, String b) {
    return CommandMatch.matches(a, b, TABLE);
  }

  /** Pairs of commands that must compare equal, each with why. */
  static Stream<Arguments> equal() {
    return Stream.of(
        // option clusters and their order
        Arguments.of("ls -la", "ls -al"),
        Arguments.of("ls -la", "ls -l -a"),
        Arguments.of("ls -a -l", "ls -al"),
        Arguments.of("ls -lah", "ls -h -a -l"),
        Arguments.of("ls --all -l", "ls -la"),
        Arguments.of("ls -l --all", "ls -a --format=long"),
        // options with a value
        Arguments.of("head -n 5 data.csv", "head -n5 data.csv"),
        Arguments.of("head -n 5 data.csv", "head --lines=5 data.csv"),
        Arguments.of("head -n 5 data.csv", "head --lines 5 data.csv"),
        Arguments.of("head -n 5 data.csv", "head data.csv -n 5"),
        Arguments.of("head -n 5 data.csv", "head -n '5' data.csv"),
        Arguments.of("tail -n 20 server.log", "tail --lines=20 server.log"),
        Arguments.of("tail -f app.log", "tail --follow app.log"),
        Arguments.of("tail -f app.log", "tail --follow=descriptor app.log"),
        Arguments.of("cut -d , -f 1 a.csv", "cut -d, -f1 a.csv"),
        Arguments.of("cut -d ':' -f 1 /etc/passwd", "cut --delimiter=: --fields=1 /etc/passwd"),
        Arguments.of("cut -d ':' -f 1 /etc/passwd", "cut -f1 -d: /etc/passwd"),
        Arguments.of("sort -t, -k2 -n people.csv", "sort -n -t , -k 2 people.csv"),
        Arguments.of("sort -rn", "sort -nr"),
        Arguments.of("sort -rn", "sort -n -r"),
        Arguments.of("sort -rn", "sort --reverse --numeric-sort"),
        // long and short synonyms
        Arguments.of("grep -rn main src/", "grep --recursive --line-number main src/"),
        Arguments.of("grep -rn main src/", "grep -n -r main src/"),
        Arguments.of("grep -rn main src/", "grep main src/ -rn"),
        Arguments.of("grep -i todo notes.txt", "grep --ignore-case todo notes.txt"),
        Arguments.of("grep -e TODO notes.txt", "grep --regexp=TODO notes.txt"),
        Arguments.of("grep -e TODO notes.txt", "grep -eTODO notes.txt"),
        Arguments.of("rm -r old", "rm -R old"),
        Arguments.of("rm -r old", "rm --recursive old"),
        Arguments.of("rm -rf old", "rm -fr old"),
        Arguments.of("rm -rf old", "rm -r -f old"),
        Arguments.of("rm -rf old", "rm --force --recursive old"),
        Arguments.of("mkdir -p photos", "mkdir --parents photos"),
        Arguments.of("cp -r site site-backup", "cp -R site site-backup"),
        Arguments.of("wc -l", "wc --lines"),
        Arguments.of("git restore --staged config.py", "git restore -S config.py"),
        Arguments.of("git restore --staged --worktree a.txt", "git restore -SW a.txt"),
        Arguments.of("git log -n 1 -p", "git log -p -n 1"),
        // git reads a config key's section and name in any case (round 9)
        Arguments.of("git config --global user.name Ada", "git config --global user.Name Ada"),
        Arguments.of(
            "git config --global user.email a@b.c", "git config --global User.EMAIL a@b.c"),
        Arguments.of("git log -n 1 -p", "git log -1 -p"),
        Arguments.of("git log -n 1 -p", "git log --max-count=1 --patch"),
        Arguments.of("git log -n 1 -p", "git log -p -n1"),
        Arguments.of("git log -n 1 -p", "git log -u -1"),
        Arguments.of("git log -n 3", "git log --max-count 3"),
        Arguments.of("git commit -m 'Fix login bug'", "git commit --message=\"Fix login bug\""),
        Arguments.of("git commit -a -m 'x'", "git commit -am x"),
        Arguments.of("git commit -a -m 'x'", "git commit -m x --all"),
        Arguments.of("git switch -c feature main", "git switch --create feature main"),
        Arguments.of("git switch -c feature main", "git switch --create=feature main"),
        Arguments.of("git branch -m main", "git branch --move main"),
        Arguments.of("git remote -v", "git remote --verbose"),
        Arguments.of("git diff --staged", "git diff --cached"),
        Arguments.of("git pull --rebase", "git pull -r"),
        Arguments.of("git pull --rebase", "git pull --rebase=true"),
        // signals
        Arguments.of("kill -s TERM 4242", "kill -TERM 4242"),
        Arguments.of("kill -s TERM 4242", "kill -SIGTERM 4242"),
        Arguments.of("kill -s TERM 4242", "kill -15 4242"),
        Arguments.of("kill -s TERM 4242", "kill -s SIGTERM 4242"),
        Arguments.of("kill -s TERM 4242", "kill -n 15 4242"),
        Arguments.of("kill -9 4242", "kill -KILL 4242"),
        Arguments.of("kill -9 4242", "kill -s KILL 4242"),
        // quoting that gives the same word
        Arguments.of("find . -name '*.txt'", "find . -name \"*.txt\""),
        Arguments.of("find . -name '*.txt'", "find . -name \\*.txt"),
        Arguments.of("find . -name '*.txt'", "find . -name '*'.txt"),
        Arguments.of("grep TODO notes.txt", "grep 'TODO' notes.txt"),
        Arguments.of("grep TODO notes.txt", "grep \"TODO\" \"notes.txt\""),
        Arguments.of("echo 'hello world'", "echo \"hello world\""),
        Arguments.of("echo 'hello world'", "echo hello\\ world"),
        Arguments.of("echo 'it'\\''s'", "echo \"it's\""),
        Arguments.of("git stash apply 'stash@{1}'", "git stash apply stash@{1}"),
        Arguments.of("git rebase -i HEAD~3", "git rebase -i 'HEAD~3'"),
        Arguments.of("echo $HOME", "echo ${HOME}"),
        Arguments.of("echo \"$HOME\"", "echo \"${HOME}\""),
        Arguments.of("echo \"$PATH:$HOME/bin\"", "echo \"${PATH}:${HOME}/bin\""),
        Arguments.of("today=$(date)", "today=`date`"),
        Arguments.of("today=$(date +%Y)", "today=$( date  +%Y )"),
        Arguments.of("echo $((1 + 2))", "echo $((1+2))"),
        Arguments.of("name=Ana", "name='Ana'"),
        Arguments.of("name=Ana", "name=\"Ana\""),
        // ./file is file for arguments
        Arguments.of("mkdir photos", "mkdir ./photos"),
        Arguments.of("chmod u+x backup.sh", "chmod u+x ./backup.sh"),
        Arguments.of("rm *.tmp", "rm ./*.tmp"),
        Arguments.of("cat notes.txt > copy.txt", "cat ./notes.txt > ./copy.txt"),
        Arguments.of("head -n 5 data.csv", "head -n 5 ./data.csv"),
        // -- where it changes nothing
        Arguments.of("rm *.tmp", "rm -- *.tmp"),
        Arguments.of("git restore notes.md", "git restore -- notes.md"),
        Arguments.of("git add app.py", "git add -- app.py"),
        // a "--" that ends the command only ends the options, except where git reads revisions
        // before it (checkout, diff, log...: theseAreDifferentCommands)
        Arguments.of("git add app.py", "git add app.py --"),
        Arguments.of("rm a.txt", "rm a.txt --"),
        Arguments.of("grep -r TODO src", "grep -r TODO src --"),
        // redundant whitespace and a final ;
        Arguments.of("ls | wc -l", "ls|wc -l"),
        Arguments.of("ls | wc -l", "  ls   |   wc    -l  "),
        Arguments.of("ls | wc -l", "ls | wc -l;"),
        Arguments.of("a && b", "a&&b"),
        // redirections, spelt out
        Arguments.of("./noisy.sh > /dev/null 2>&1", "./noisy.sh >/dev/null 2>&1"),
        Arguments.of("./noisy.sh > /dev/null 2>&1", "./noisy.sh 1>/dev/null 2>&1"),
        Arguments.of("./noisy.sh > /dev/null 2>&1", "./noisy.sh &>/dev/null"),
        Arguments.of("./noisy.sh > /dev/null 2>&1", "./noisy.sh &> /dev/null"),
        Arguments.of("./noisy.sh > /dev/null 2>&1", "./noisy.sh >& /dev/null"),
        Arguments.of("./noisy.sh > /dev/null 2>&1", "> /dev/null 2>&1 ./noisy.sh"),
        Arguments.of("echo hi >> log.txt", "echo hi 1>>log.txt"),
        Arguments.of("wc -l < names.txt", "wc -l 0< names.txt"),
        Arguments.of("wc -l < names.txt", "< names.txt wc -l"),
        Arguments.of("head -n 5 < data.csv", "head -n5 <data.csv"),
        Arguments.of("make 2>&1 | less", "make |& less"),
        Arguments.of("make 2>&1 | less", "make 2>&1|less"),
        // comments
        Arguments.of("ls -a", "ls -a # everything"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("equal")
  void theseAreTheSameCommand(String a, String b) {
    assertTrue(same(a, b), a + " should equal " + b);
    assertTrue(same(b, a), "equality is symmetric: " + b + " = " + a);
  }

  /** Pairs that must not compare equal: each changes what runs. */
  static Stream<Arguments> different() {
    return Stream.of(
        // a glob is not the same word as the quoted text
        Arguments.of("find . -name '*.txt'", "find . -name *.txt"),
        Arguments.of("rm *.tmp", "rm '*.tmp'"),
        Arguments.of("find . -name '*.txt'", "find . -name *'.txt'"),
        Arguments.of("rm *.tmp", "rm * .tmp"),
        Arguments.of("rm *.tmp", "rm \\*.tmp"),
        Arguments.of("touch {jan,feb}.log", "touch '{jan,feb}.log'"),
        Arguments.of("ls ~", "ls '~'"),
        Arguments.of("ls report[1-5].pdf", "ls 'report[1-5].pdf'"),
        // quotes that change expansion
        Arguments.of("echo \"$HOME\"", "echo '$HOME'"),
        Arguments.of("echo $HOME", "echo '$HOME'"),
        Arguments.of("echo $HOME", "echo \\$HOME"),
        Arguments.of("echo \"$name\"", "echo $name"),
        Arguments.of("echo ${HOME}x", "echo $HOMEx"),
        Arguments.of("today=$(date)", "today=date"),
        // positional order
        Arguments.of("cp a.txt b.txt", "cp b.txt a.txt"),
        Arguments.of("tr 'a-z' 'A-Z'", "tr 'A-Z' 'a-z'"),
        Arguments.of("mv old.txt new.txt", "mv new.txt old.txt"),
        Arguments.of("git switch -c feature main", "git switch -c main feature"),
        // option values
        Arguments.of("head -n 5 data.csv", "head -n 6 data.csv"),
        Arguments.of("head -n 5 data.csv", "head -5 data.csv"),
        Arguments.of("head -n 5 data.csv", "head -n 5"),
        Arguments.of("cut -d , -f 1 a.csv", "cut -d , -f 2 a.csv"),
        Arguments.of("git commit -m 'a' -a", "git commit -a 'a'"),
        // options added, removed or changed
        Arguments.of("ls -a", "ls -la"),
        Arguments.of("ls -a", "ls -A"),
        Arguments.of("ls -a", "ls"),
        Arguments.of("kill 4242", "kill -9 4242"),
        Arguments.of("kill -15 4242", "kill -9 4242"),
        Arguments.of("kill -15 4242", "kill -51 4242"),
        Arguments.of("kill -s TERM 4242", "kill 4242 -s TERM"),
        Arguments.of("git branch -m main", "git branch -d main"),
        Arguments.of("git branch -d old", "git branch -D old"),
        Arguments.of("grep -r TODO .", "grep -R TODO ."),
        Arguments.of("rm -r old", "rm -f old"),
        Arguments.of("chmod u+x run.sh", "chmod u-x run.sh"),
        Arguments.of("chmod u+x run.sh", "chmod +x run.sh"),
        Arguments.of("chmod -R 755 d", "chmod -r 755 d"),
        Arguments.of("git restore --staged a.txt", "git restore a.txt"),
        Arguments.of("git restore --staged a.txt", "git restore --source a.txt"),
        // an option before the subcommand is the program's own: git -p is git's pager
        Arguments.of("git add -p", "git -p add"),
        Arguments.of("git branch -m main", "git -m branch main"),
        Arguments.of("git merge --abort", "git --abort merge"),
        Arguments.of("git log -1 -p", "git -p log -1"),
        Arguments.of("git add -- app.py", "git -- add app.py"),
        // find's expression is read in order
        Arguments.of("find . -name '*.log' -delete", "find . -delete -name '*.log'"),
        Arguments.of("find . -name x", "find -name x ."),
        // an unknown program's options keep their place among its arguments
        Arguments.of("./run.sh -v input", "./run.sh input -v"),
        Arguments.of("echo -n hi", "echo hi -n"),
        // a config key's subsection keeps its case, and so does the value
        Arguments.of("git config remote.origin.url x", "git config remote.Origin.url x"),
        Arguments.of("git config --global user.name ada", "git config --global user.name Ada"),
        Arguments.of("git config --global user.name Ada", "git config --global user.nam Ada"),
        // echo prints "--" instead of reading it as the end of its options (round 9)
        Arguments.of("echo $HOME", "echo -- $HOME"),
        Arguments.of("echo -n", "echo -- -n"),
        // the program itself: ./file is not file there
        Arguments.of("./noisy.sh", "noisy.sh"),
        Arguments.of("ls", "LS"),
        // redirections: their order, their descriptors, their kind
        Arguments.of("./noisy.sh > /dev/null 2>&1", "./noisy.sh 2>&1 > /dev/null"),
        Arguments.of("ls > out.txt", "ls >> out.txt"),
        Arguments.of("ls 2> errors.txt", "ls > errors.txt"),
        Arguments.of("ls 2> errors.txt", "ls 2 > errors.txt"),
        Arguments.of("wc -l < names.txt", "wc -l names.txt"),
        Arguments.of("ls -l | head -n 3", "ls -l > head -n 3"),
        // pipelines and lists
        Arguments.of("ls | wc -l", "wc -l | ls"),
        Arguments.of("a && b", "a || b"),
        Arguments.of("a && b", "a; b"),
        Arguments.of("sleep 10 &", "sleep 10"),
        Arguments.of("cat notes.txt | grep TODO", "grep TODO notes.txt"),
        // -- that matters: a word after it starts with a dash, or it ends the command after an
        // argument (git then reads the arguments before it as revisions)
        Arguments.of("rm -- -f", "rm -f"),
        Arguments.of("git checkout -- notes.md", "git checkout notes.md --"),
        Arguments.of("git log -- config.yml", "git log config.yml --"),
        Arguments.of("git diff -- a.txt", "git diff a.txt --"),
        Arguments.of("git reset -- a.txt", "git reset a.txt --"));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @MethodSource("different")
  void theseAreDifferentCommands(String a, String b) {
    assertFalse(same(a, b), a + " should differ from " + b);
    assertFalse(same(b, a), b + " should differ from " + a);
  }

  @Test
  void incompleteShellSyntaxMatchesNothing() {
    assertFalse(CommandMatch.parses("echo 'unterminated"));
    assertFalse(CommandMatch.parses("echo \"$HOME"));
    assertFalse(CommandMatch.parses("echo $(date"));
    assertFalse(same("echo 'a", "echo 'a"));
    assertTrue(CommandMatch.parses("echo it\\'s"));
  }

  @Test
  void withoutATableClustersStillSortButNoSynonymIsKnown() {
    assertTrue(CommandMatch.matches("ls -la", "ls -al", CommandTable.EMPTY));
    assertFalse(CommandMatch.matches("ls -a", "ls --all", CommandTable.EMPTY));
    assertFalse(CommandMatch.matches("head -n 5 f", "head -n5 f", CommandTable.EMPTY));
    assertTrue(CommandMatch.matches("head --lines=5 f", "head --lines=5 f", CommandTable.EMPTY));
  }

  /** Typos a learner may be offered to count as right, and the line with the typo mended. */
  @Test
  void aTypoInTheProgramNameIsOffered() {
    assertEquals(
        Optional.of("grep -r TODO ."),
        CommandMatch.typo("gerp -r TODO .", "grep -r TODO .", TABLE));
    assertEquals(
        Optional.of("grep -rn main src/"),
        CommandMatch.typo("gerp -rn main src/", "grep -n -r main src/", TABLE));
    assertEquals(
        Optional.of("git commit -m x"),
        CommandMatch.typo("git comit -m x", "git commit -m x", TABLE));
    assertEquals(Optional.of("ls | less"), CommandMatch.typo("ls | lses", "ls | less", TABLE));
    assertEquals(Optional.of("git status"), CommandMatch.typo("git stauts", "git status", TABLE));
    assertEquals(
        Optional.of("ls -l /etc | less"),
        CommandMatch.typo("ls -l /etc | lses", "ls -l /etc | less", TABLE));
  }

  /**
   * A three-letter name with its last two letters swapped is a slip of the finger (round 6: {@code
   * pdw} for {@code pwd} got no "Almost"); so is a slip in a part of a hyphenated subcommand.
   */
  @Test
  void aSwapInAShortNameOrASlipInAHyphenatedOneIsOffered() {
    assertEquals(Optional.of("pwd"), CommandMatch.typo("pdw", "pwd", TABLE));
    assertEquals(
        Optional.of("cat notes.txt"), CommandMatch.typo("cta notes.txt", "cat notes.txt", TABLE));
    assertEquals(
        Optional.of("git log config.yml"),
        CommandMatch.typo("git lgo config.yml", "git log config.yml", TABLE));
    assertEquals(
        Optional.of("git tag v1.0"), CommandMatch.typo("git tga v1.0", "git tag v1.0", TABLE));
    assertEquals(
        Optional.of("git check-ignore -v build/out.o"),
        CommandMatch.typo(
            "git check-ingore -v build/out.o", "git check-ignore -v build/out.o", TABLE));
  }

  /**
   * A file or branch name one letter off is another name: never offered as a typo, but the pair is
   * found so that the feedback can say how close it was.
   */
  @Test
  void aNameOneLetterOffInAnArgumentIsFoundButNeverOffered() {
    CommandTable t = CommandTable.EMPTY;
    assertEquals(
        Optional.empty(), CommandMatch.typo("git restore note.md", "git restore notes.md", TABLE));
    assertEquals(
        Optional.of(List.of("note.md", "notes.md")),
        CommandMatch.argumentSlip("git restore note.md", "git restore notes.md", t));
    assertEquals(
        Optional.of(List.of("feature", "features")),
        CommandMatch.argumentSlip("git switch -c feature", "git switch -c features", t));
    assertEquals(
        Optional.of(List.of("./nots.txt", "notes.txt")),
        CommandMatch.argumentSlip("cat './nots.txt'", "cat notes.txt", t));
  }

  @Test
  void signsDigitsOptionsAndProgramNamesAreNotArgumentSlips() {
    CommandTable t = CommandTable.EMPTY;
    for (String[] pair :
        new String[][] {
          {"chmod u-x run.sh", "chmod u+x run.sh"},
          {"head -n 6 data.csv", "head -n 5 data.csv"},
          {"cat notes2.md", "cat notes.md"},
          {"ls -A", "ls -a"},
          {"gerp TODO notes.md", "grep TODO notes.md"},
          {"cat a.md", "cat b.md"},
          {"git restore notes.md", "git restore notes.md"},
          {"git restore note.md extra", "git restore notes.md"},
        }) {
      assertEquals(Optional.empty(), CommandMatch.argumentSlip(pair[0], pair[1], t), pair[0]);
    }
  }

  static Stream<Arguments> neverOffered() {
    return Stream.of(
        Arguments.of("rm * .tmp", "rm *.tmp"),
        Arguments.of("chmod u-x backup.sh", "chmod u+x backup.sh"),
        Arguments.of("./noisy.sh 2>&1 >/dev/null", "./noisy.sh >/dev/null 2>&1"),
        Arguments.of("kill -9 4242", "kill 4242"),
        Arguments.of("echo '$HOME'", "echo \"$HOME\""),
        Arguments.of("tr 'A-Z' 'a-z' < shout.txt", "tr 'a-z' 'A-Z' < shout.txt"),
        Arguments.of("head -n 6 data.csv", "head -n 5 data.csv"),
        Arguments.of("git branch -d main", "git branch -m main"),
        Arguments.of("kill 4243", "kill 4242"),
        Arguments.of("grep -r TODO ntoes.txt", "grep -r TODO notes.txt"),
        Arguments.of("gerp -r TODO", "grep -r TODO ."),
        Arguments.of("grep -r TODO . extra", "grep -r TODO ."),
        Arguments.of(". TODO -r grep", "grep -r TODO ."),
        Arguments.of("gerp -r TODO . | sort", "grep -r TODO ."),
        Arguments.of("gerp -r TOOD .", "grep -r TODO ."),
        // a typo in an argument makes another command: another file, branch or pattern
        Arguments.of("grep TOOD notes.txt", "grep TODO notes.txt"),
        Arguments.of("mkdir photo", "mkdir photos"),
        Arguments.of("git switch -c features", "git switch -c feature"),
        Arguments.of(
            "git remote add origni https://example.com/a.git",
            "git remote add origin https://example.com/a.git"),
        // a plural is a name misremembered
        Arguments.of("git remotes -v", "git remote -v"),
        Arguments.of("git branches", "git branch"),
        // a short name one letter off is another program; only a swap of its last two letters is
        // a slip (round 6)
        Arguments.of("cut notes.txt", "cat notes.txt"),
        Arguments.of("wpd", "pwd"),
        Arguments.of("hea -n 5 data.csv", "head -n 5 data.csv"),
        Arguments.of("git ad app.py", "git add app.py"),
        Arguments.of("pwdd", "pwd"),
        Arguments.of("git lo", "git log"),
        // a hyphenated word is a name only where a part of four letters or more is misspelt: a
        // mode such as go-w is read as a word too in a cloze gap
        Arguments.of("go-r", "go-w"),
        Arguments.of("go-x", "go-w"),
        Arguments.of("git check_ignore -v a", "git check-ignore -v a"),
        Arguments.of("grep 'TOOD' notes.txt", "grep 'TODO' notes.txt"),
        Arguments.of("git push orign main", "git push origin main --force"),
        Arguments.of("grep --recrusive TODO .", "grep --recursive TODO ."),
        Arguments.of("find . -naem x", "find . -name x"),
        Arguments.of("git branch -m mian", "git branch -m main -f"),
        // another program, not a slip: a letter added or changed in front
        Arguments.of("pkill 4242", "kill 4242"),
        Arguments.of("egrep -r TODO .", "grep -r TODO ."),
        Arguments.of("tsort names.txt", "sort names.txt"),
        Arguments.of("Grep -r TODO .", "grep -r TODO ."));
  }

  @ParameterizedTest(name = "{0} is not offered for {1}")
  @MethodSource("neverOffered")
  void theseAreNeverOfferedAsTypos(String typed, String key) {
    assertEquals(Optional.empty(), CommandMatch.typo(typed, key, TABLE));
  }

  @Test
  void theTableOnlyKeepsWhatTheAnswersUse() {
    List<String> programs = CommandForm.programs("git log -n 1 | head -n 3; ls", TABLE);
    assertEquals(List.of("git log", "head", "ls"), programs);
    CommandTable only = TABLE.only(programs);
    assertEquals(java.util.Set.of("git log", "git", "head", "ls"), only.programs().keySet());
  }

  /**
   * Odd input never throws: every complete line equals itself, and typo() and matches() answer for
   * lines built from shell syntax at random (a fixed seed, so runs repeat).
   */
  @Test
  void anyLineIsHandledWithoutAnError() {
    String[] parts = {
      "ls", "-la", "--all", " ", "  ", "'", "\"", "\\", "$", "${", "}", "$(", ")", "(", "`", "*",
      "?", "[", "]", "{", ",", "~", "|", "&", ";", ">", "<", "2>&1", "&>", "<<", "#", "\n", "=",
      "a", "./", "--", "-", "é", "\t", "-n5", "git", "log", "kill", "-TERM"
    };
    java.util.SplittableRandom random = new java.util.SplittableRandom(16);
    int complete = 0;
    for (int n = 0; n < 5000; n++) {
      StringBuilder line = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) line.append(parts[random.nextInt(parts.length)]);
      String l = line.toString();
      if (CommandMatch.parses(l)) {
        complete++;
        assertTrue(same(l, l), "equal to itself: " + l);
        assertEquals(Optional.empty(), CommandMatch.typo(l, l, TABLE));
      } else {
        assertFalse(same(l, l), "an incomplete line matches nothing: " + l);
      }
      CommandMatch.typo(l, "grep -r TODO .", TABLE);
    }
    assertTrue(complete > 1000, "enough complete lines were tried: " + complete);
  }
}
