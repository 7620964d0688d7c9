package org.cloudcost.parquet.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The slices of a scan run at once, each once, slice 0 on the calling thread; failures come back after all have ended. */
class SlicesTest {

    @Test
    void everySliceRunsOnceAtOnceTheFirstOnTheCallingThread() {
        Map<Integer, Thread> ran = new ConcurrentHashMap<>();
        CountDownLatch allStarted = new CountDownLatch(3);
        Slices.run(3, slice -> {
            ran.merge(slice, Thread.currentThread(), (a, b) -> {
                throw new AssertionError("slice " + slice + " ran twice");
            });
            allStarted.countDown();
            try {
                // each slice waits for the others: they only all get here if they run at once
                assertThat(allStarted.await(10, TimeUnit.SECONDS)).as("the three slices run at once").isTrue();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, e -> new IllegalStateException(e));

        assertThat(ran).containsOnlyKeys(0, 1, 2);
        assertThat(ran.get(0)).isSameAs(Thread.currentThread());
        assertThat(ran.values()).doesNotHaveDuplicates();
    }

    @Test
    void aFailureIsThrownOnceEverySliceHasEndedTheFirstSliceFirst() {
        Map<Integer, Boolean> ended = new ConcurrentHashMap<>();
        CountDownLatch othersFailing = new CountDownLatch(2);
        assertThatThrownBy(() -> Slices.run(3, slice -> {
            if (slice == 2) {
                othersFailing.countDown();
                throw new IllegalArgumentException("slice 2");
            }
            if (slice == 1) {
                othersFailing.countDown();
                throw new SQLException("slice 1 cannot fetch");
            }
            try {
                othersFailing.await(10, TimeUnit.SECONDS); // slice 0 ends after the others have failed
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            ended.put(slice, true);
        }, e -> new IllegalStateException("unreadable: " + e.getMessage(), e)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unreadable: slice 1 cannot fetch");
        assertThat(ended).as("the failing slices did not stop slice 0").containsKey(0);
    }

    @Test
    void anUncheckedFailureIsThrownAsItIs() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad row");
        assertThatThrownBy(() -> Slices.run(2, slice -> {
            if (slice == 1) {
                throw thrown;
            }
        }, e -> new IllegalStateException(e))).isSameAs(thrown);
    }
}
