package tutor.cli;

/** For --format: text for people, json for programs. */
enum OutputFormat {
  text,
  json
}
