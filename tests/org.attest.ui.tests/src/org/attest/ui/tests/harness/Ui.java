package org.attest.ui.tests.harness;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Runs test code on the UI thread and waits for conditions the way a person waits for the screen, by
 * polling the condition (never sleeping a fixed time). Tests run outside the UI thread
 * ({@code useUIThread=false}), so the workbench keeps processing events while they wait.
 */
public final class Ui {

	/** How long a condition may take before the test fails; generous, since CI machines are slow. */
	public static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final long POLL_MILLIS = 50;

	private Ui() {
	}

	/** Computes a value on the UI thread, rethrowing what the computation threw. */
	public static <T> T sync(Supplier<T> computation) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		AtomicReference<Error> error = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(computation.get());
			} catch (RuntimeException e) {
				failure.set(e);
			} catch (Error e) {
				error.set(e);
			}
		});
		if (error.get() != null) {
			throw error.get();
		}
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	/** Runs an action on the UI thread. */
	public static void run(Runnable action) {
		sync(() -> {
			action.run();
			return null;
		});
	}

	/** Waits until the condition, evaluated on the UI thread, holds; fails naming what was awaited. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!sync(condition::getAsBoolean)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + TIMEOUT.toSeconds() + " s waiting for: " + what);
			}
			try {
				Thread.sleep(POLL_MILLIS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for: " + what, e);
			}
		}
	}

	/**
	 * Waits until the UI thread has handled every event queued so far, such as keys just posted: SWT runs synced
	 * code only once its event queue is empty, and the second round trip also lets through what those events
	 * deferred with {@code asyncExec}.
	 */
	public static void awaitQueuedEvents() {
		run(() -> {
		});
		run(() -> {
		});
	}

	private static Display display() {
		return PlatformUI.getWorkbench().getDisplay();
	}
}
