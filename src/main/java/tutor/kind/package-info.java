/**
 * One class per exercise kind, behind the sealed interface {@link tutor.kind.Kind}: how the kind is
 * shown (order of options or items, text under the prompt, instructions), how many lines the
 * learner types, its grading, its expected answer and key in words, its near-miss policy, its
 * JSON-lines shape, and its guess and slip for mastery. Everything else asks the kind ({@code
 * Kind.of(exercise)}) instead of testing {@code instanceof Exercise.Choice}; {@code KindsTest}
 * keeps it so.
 *
 * <p>Reading and writing are the kind's too: {@link tutor.kind.Kind.Format} (from {@code
 * Kind.format(type)}) reads its fields from a pack file through {@link tutor.kind.KindFields},
 * which the pack reader provides, and builds its outline; the kind writes its fields back ({@code
 * yaml}), checks the shape of its {@code examples:}, gives its lint warnings and says when an edit
 * of its key resets progress. Its stored JSON is its body record as Jackson writes and reads it
 * (under {@code "kind"}: the record's name in lower case), so it needs no code; {@code
 * StoredJsonTest} holds each kind's JSON as stored.
 *
 * <p>Adding a kind (say {@code sql}) touches exactly these files; the first three fail to compile
 * until the kind is handled (an exhaustive {@code switch} over {@link tutor.pack.ExerciseType} and
 * {@link tutor.pack.Exercise.Cases}), and the new class does until it has every method of {@link
 * tutor.kind.Kind}:
 *
 * <ol>
 *   <li>{@code tutor/pack/Exercise.java}: the body record (its fields), its {@code accept}, and a
 *       method in {@code Exercise.Cases}.
 *   <li>{@code tutor/pack/ExerciseType.java}: its constant (its name in pack files is the record's
 *       name in lower case), with how long an attempt takes.
 *   <li>{@code tutor/kind/Kind.java}: {@code permits}, its case in {@code Kind.of} and in {@code
 *       Kind.format}.
 *   <li>{@code tutor/kind/SqlKind.java} (new): everything else, its {@code FORMAT} among it.
 * </ol>
 *
 * <p>Plus its section in {@code docs/pack-format.md} and its tests: a sample in {@code KindsTest}
 * and its stored JSON in {@code StoredJsonTest} (both fail until it is there), and its own test.
 * Nothing else names a kind: {@code KindsTest} forbids {@code instanceof} on bodies and {@code
 * Exercise.Cases} outside this package, and {@code PackageDependenciesTest} keeps this package free
 * of cycles (it uses only tutor.grade, tutor.mastery and tutor.pack). What several kinds share
 * stays where it is shared ({@code AnswerKeys}, {@code TextMatch}, {@code CommandMatch}, {@code
 * ChoiceText}, {@code NearMiss}, {@code AnswerKeyChange} in tutor.grade); the kind class decides
 * which apply. {@code JsonLinesUi} changes only if the kind needs a new {@link
 * tutor.kind.Kind.JsonAnswer} shape; {@link tutor.kind.KindFields} only if it reads something
 * beside its own fields (an sql kind's pack fixtures). Pure: no I/O, no clock.
 */
package tutor.kind;
