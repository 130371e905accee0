package org.attest.ui.tests.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Measures how long the UI thread takes to get to new work while something else runs: a thread of its own
 * hands the event loop one {@link Display#asyncExec(Runnable)} after another, each as soon as the previous one
 * ran, and notes each round trip. A responsive workbench runs each within milliseconds; a UI thread busy with
 * something (reading files, a long computation) shows as a long round trip. A figure for documentation, not a
 * timed assertion.
 */
public final class EventLoopProbe {

	/** One round trip: when it was handed over (System.nanoTime) and how long until it ran. */
	private record RoundTrip(long start, long nanos) {
	}

	private final List<RoundTrip> roundTrips = new ArrayList<>();
	private final Thread thread;
	private volatile boolean running = true;

	private EventLoopProbe() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		thread = new Thread(() -> probe(display), "event loop probe");
		thread.setDaemon(true);
	}

	/** Starts probing the workbench's event loop. */
	public static EventLoopProbe start() {
		EventLoopProbe probe = new EventLoopProbe();
		probe.thread.start();
		return probe;
	}

	private void probe(Display display) {
		while (running && !display.isDisposed()) {
			CountDownLatch ran = new CountDownLatch(1);
			long start = System.nanoTime();
			display.asyncExec(ran::countDown);
			try {
				if (!ran.await(Ui.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					throw new AssertionError("the UI thread ran nothing for " + Ui.TIMEOUT);
				}
			} catch (InterruptedException e) {
				return;
			}
			synchronized (roundTrips) {
				roundTrips.add(new RoundTrip(start, System.nanoTime() - start));
			}
		}
	}

	/** Stops probing and waits for the probe's thread to end. */
	public void stop() {
		running = false;
		try {
			thread.join(Ui.TIMEOUT.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** A moment to measure from, for {@link #worstSince(long)}. */
	public static long now() {
		return System.nanoTime();
	}

	/** How many round trips were measured. */
	public int count() {
		synchronized (roundTrips) {
			return roundTrips.size();
		}
	}

	/** The longest round trip handed over at or after {@code moment} ({@link #now()}). */
	public Duration worstSince(long moment) {
		synchronized (roundTrips) {
			return Duration.ofNanos(roundTrips.stream().filter(trip -> trip.start() - moment >= 0)
					.mapToLong(RoundTrip::nanos).max().orElse(0));
		}
	}
}
