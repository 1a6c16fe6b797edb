package org.tto.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void aFewFailuresAreFreeThenTheWaitDoublesWithEachFailure() {
        for (int i = 1; i < SignInThrottle.FREE_PER_USER; i++) {
            throttle.failed("officer-a", "192.0.2.1");
            assertThat(throttle.waitFor("officer-a", "192.0.2.1")).isEmpty();
        }
        throttle.failed("officer-a", "192.0.2.1");
        assertThat(throttle.waitFor("officer-a", "192.0.2.1")).contains(Duration.ofSeconds(1));

        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.waitFor("officer-a", "192.0.2.1")).isEmpty();
        throttle.failed("officer-a", "192.0.2.1");
        assertThat(throttle.waitFor("officer-a", "192.0.2.1")).contains(Duration.ofSeconds(2));

        clock.now = clock.now.plusSeconds(2);
        throttle.failed("officer-a", "192.0.2.1");
        assertThat(throttle.waitFor("officer-a", "192.0.2.1")).contains(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("OFFICER-A", "192.0.2.9")).as("the name, from anywhere, in any case")
                .contains(Duration.ofSeconds(4));
    }

    @Test
    void otherUsersAreNotSlowedDown() {
        for (int i = 0; i < SignInThrottle.FREE_PER_USER + 3; i++) {
            throttle.failed("officer-a", "192.0.2.1");
        }
        assertThat(throttle.waitFor("officer-a", "192.0.2.1")).isPresent();
        assertThat(throttle.waitFor("director-a", "192.0.2.1")).isEmpty();
    }

    @Test
    void theWaitNeverExceedsAQuarterOfAnHour() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("officer-a", null);
        }
        assertThat(throttle.waitFor("officer-a", null)).contains(SignInThrottle.LONGEST_WAIT);
    }

    @Test
    void aSuccessClearsTheUserNamesCount() {
        for (int i = 1; i < SignInThrottle.FREE_PER_USER; i++) {
            throttle.failed("officer-a", "192.0.2.1");
        }
        throttle.succeeded("officer-a");
        throttle.failed("officer-a", "192.0.2.1");
        assertThat(throttle.waitFor("officer-a", "192.0.2.1")).isEmpty();
    }

    @Test
    void manyFailuresFromOneAddressSlowThatAddressDown() {
        for (int i = 0; i < SignInThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("guess-" + i, "198.51.100.7");
        }
        assertThat(throttle.waitFor("someone-else", "198.51.100.7")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("someone-else", "198.51.100.8")).isEmpty();
    }
}
