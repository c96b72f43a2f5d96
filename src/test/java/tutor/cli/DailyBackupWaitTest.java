package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The end of a session waits for the day's backup, and says so when it takes a while (a 500 MB
 * database kept the learner waiting 10 s and more in silence after the last answer).
 */
class DailyBackupWaitTest {
  @Test
  void aBackupStillRunningIsSaidToBeFinishing() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch copied = new CountDownLatch(1);
    AutoBackup.Daily daily =
        AutoBackup.Daily.running(
            () -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              copied.countDown();
            });
    StringWriter said = new StringWriter();
    PrintWriter err = new PrintWriter(said, true);
    Thread end = new Thread(() -> daily.finish(err));
    end.start();
    // The message comes before the backup is let go, so the wait is seen while it lasts.
    while (!said.toString().contains(AutoBackup.FINISHING) && end.isAlive()) Thread.sleep(20);
    assertTrue(said.toString().contains(AutoBackup.FINISHING), said.toString());
    assertEquals(1, copied.getCount(), "the backup is still under way");
    release.countDown();
    end.join();
    assertTrue(copied.await(0, TimeUnit.MILLISECONDS), "finish waited for the backup");
  }

  @Test
  void aBackupDoneAlreadyEndsTheSessionInSilence() {
    CountDownLatch copied = new CountDownLatch(1);
    AutoBackup.Daily daily = AutoBackup.Daily.running(copied::countDown);
    StringWriter said = new StringWriter();
    daily.finish(new PrintWriter(said, true)); // a session shorter than the delay: backed up now
    assertEquals(0, copied.getCount());
    assertEquals("", said.toString());
  }

  @Test
  void aFailedBackupIsReportedAndTheAnswersAreSaid() {
    AutoBackup.Daily daily =
        AutoBackup.Daily.running(
            () -> {
              throw new tutor.store.StoreException("the disk is full");
            });
    StringWriter said = new StringWriter();
    daily.finish(new PrintWriter(said, true));
    assertTrue(
        said.toString()
            .contains("the daily backup failed (your answers are saved): the disk is full"),
        said.toString());
  }
}
