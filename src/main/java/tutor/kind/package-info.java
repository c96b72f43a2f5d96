/**
 * One class per exercise kind, behind the sealed interface {@link tutor.kind.Kind}: how the kind
 * is shown (order of options or items, text under the prompt, instructions), how many lines the
 * learner types, its grading, its expected answer and key in words, its near-miss policy, its
 * JSON-lines shape, and its guess and slip for mastery. Everything else asks the kind ({@code
 * Kind.of(exercise)}) instead of testing {@code instanceof Exercise.Choice}; {@code KindsTest}
 * keeps it so.
 *
 * <p>Adding a kind (say {@code sql}) touches these files; every one of them fails to compile until
 * the kind is handled, because each dispatches through an exhaustive {@code switch} expression
 * over {@link tutor.pack.ExerciseType}, through {@link tutor.pack.Exercise.Cases} (one method per
 * kind), or through the abstract methods of {@link tutor.kind.Kind}:
 *
 * <ol>
 *   <li>{@code tutor/pack/Exercise.java}: the body record (its fields), its {@code accept}, and a
 *       method in {@code Exercise.Cases}.
 *   <li>{@code tutor/pack/ExerciseType.java}: its constant; the YAML and stored-JSON name is the
 *       record's name in lower case.
 *   <li>{@code tutor/kind/SqlKind.java} (new), and {@code tutor/kind/Kind.java}: {@code permits}
 *       and its case in {@code Kind.of}.
 *   <li>{@code tutor/packfile/PackReader.java}: {@code typeFields} and the case that reads its
 *       fields.
 *   <li>{@code tutor/packfile/PackWriter.java}: the case that writes its fields, and {@code
 *       typedAnswers}.
 *   <li>{@code tutor/packfile/ExampleReader.java}: the shape of its {@code examples:}.
 *   <li>{@code tutor/store/ExerciseJson.java} (reading the stored JSON; writing is automatic) and
 *       {@code tutor/store/ExerciseCodec.java} ({@code outlineBody}, {@code outlineCounts}).
 *   <li>{@code tutor/authoring/Linter.java} ({@code kindChecks}), {@code
 *       tutor/authoring/PackStats.java} ({@code secondsPerAttempt}) and {@code
 *       tutor/grade/Ratings.java} ({@code fastMillis}): one line each.
 * </ol>
 *
 * <p>Plus its section in {@code docs/pack-format.md}. Each kind's grading and expected answer are in its
 * class; what several kinds share stays where it is shared ({@code AnswerGrader.textMatches},
 * {@code gapMatches}, {@code gapsFilled}, {@code positions}; {@code TextMatch}, {@code
 * CommandMatch}, {@code ChoiceText}, and {@code NearMiss} for the near-miss rules); the kind class
 * decides which apply. {@code JsonLinesUi} changes only if the kind
 * needs a new {@link tutor.kind.Kind.JsonAnswer} shape. Pure: no I/O, no clock.
 */
package tutor.kind;
