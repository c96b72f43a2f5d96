/**
 * The study application layer, between a front-end and the core: {@code tutor.cli} (and the
 * JSON-lines protocol it speaks), a web page or an editor plugin call it; it calls the core ({@code
 * schedule}, {@code mastery}, {@code goal}, {@code placement}), the session ({@code tutor.session})
 * and the store through its port ({@link tutor.store.Store}), never back.
 *
 * <p>{@link tutor.study.LearnerSetup} reads a learner's settings, preferences and adopted FSRS
 * parameters, the one way anything (a session, statistics, a profile, a forecast) reads them;
 * {@link tutor.study.StudyContext} holds them with the learner's goals and exams, read once per
 * start and builds a {@link tutor.session.StudySession} from a {@link tutor.study.StudyRequest};
 * {@link tutor.study.Placement} runs the placement test; {@link tutor.study.StudyContext#preview}
 * gives a pack preview's answer loop. Every answer of all of them goes through the one {@link
 * tutor.session.AnswerLoop}, whose {@link tutor.session.AnswerLoop.Mode} says what differs (study,
 * cram, placement, preview).
 *
 * <p>A new front-end implements {@link tutor.session.StudyUi} (what a session shows and asks) and
 * calls {@code StudyContext.load(store, learner, zone, clock).session(request, ui, note).run()}.
 */
package tutor.study;
