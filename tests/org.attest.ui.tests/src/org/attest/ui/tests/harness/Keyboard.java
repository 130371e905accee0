package org.attest.ui.tests.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Presses keys as a person does: key events posted with {@link Display#post(Event)} into the queue where the
 * window system's input arrives (on GTK, GDK's event queue), so they travel the whole way a keystroke does:
 * key bindings, traversal, mnemonics, the focused widget, an open menu or dialog. Notifying a widget's
 * listeners directly would skip all of that.
 * <p>
 * Before every key the keyboard puts the focus where a person would have clicked: it raises the target's
 * shell, activates it ({@link Shell#forceActive()}) and focuses the target ({@link Control#forceFocus()}),
 * then waits until SWT reports the focus there. Under Xvfb there is no window manager to do any of it, and
 * raising matters most: SWT on GTK posts a key to the first window in GDK's stacking order that GDK counts as
 * focused, and without a window manager GDK counts every window it ever showed as focused. Only the window on
 * top is sure to get the key.
 */
public final class Keyboard {

	/** Modifiers in the order a person presses them; released in reverse. */
	private static final int[] MODIFIERS = { SWT.CTRL, SWT.ALT, SWT.SHIFT, SWT.COMMAND };

	private final Control target;
	/** The target as failures name it; read on the UI thread, where widgets show their text. */
	private final String description;

	private Keyboard(Control target) {
		this.target = target;
		description = Ui.sync(target::toString);
	}

	/**
	 * A keyboard typing into the control. For a shell, the keys go to whichever of its controls has the focus,
	 * as they do when a person brings a dialog to the front.
	 */
	public static Keyboard on(Control target) {
		return new Keyboard(target);
	}

	/**
	 * Presses keys given in Eclipse's key-sequence notation, the one of key bindings: {@code "M1+S"} (M1 is Ctrl,
	 * Command on macOS), {@code "Ctrl+Shift+S"}, {@code "Alt+C"}, {@code "ESC"}, {@code "ENTER"},
	 * {@code "ARROW_DOWN"}, {@code "DEL"}, {@code "s"}, {@code "3"}; strokes separated by spaces are pressed one
	 * after the other. Letters name keys, so {@code "s"} and {@code "S"} both press the S key without Shift.
	 * Returns once the UI thread has handled the keys.
	 */
	public void press(String shortcut) {
		KeySequence sequence;
		try {
			sequence = KeySequence.getInstance(shortcut.toUpperCase(Locale.ROOT));
		} catch (ParseException e) {
			throw new IllegalArgumentException("not a key sequence: " + shortcut, e);
		}
		for (KeyStroke stroke : sequence.getKeyStrokes()) {
			post(shortcut, strokeEvents(stroke));
		}
	}

	/**
	 * Types text key by key; a line break presses Enter. Only Latin-1 characters can be typed: SWT posts a
	 * character as the key symbol of the same number, which holds for those alone.
	 */
	public void type(String text) {
		for (char c : text.toCharArray()) {
			if (c > 0xFF) {
				throw new IllegalArgumentException(String.format("cannot type '%c' (U+%04X): only Latin-1 characters can",
						c, (int) c));
			}
			Event key = new Event();
			key.character = c == '\n' ? SWT.CR : c;
			post(String.valueOf(c), List.of(keyEvent(SWT.KeyDown, key), keyEvent(SWT.KeyUp, key)));
		}
	}

	private static List<Event> strokeEvents(KeyStroke stroke) {
		Event key = new Event();
		int natural = stroke.getNaturalKey();
		if (natural == KeyStroke.NO_KEY) {
			throw new IllegalArgumentException("a key stroke without a key: " + stroke);
		}
		// SWT reports a letter key by its lower-case character; the key's symbol is that character
		key.keyCode = Character.isLetter(natural) ? Character.toLowerCase(natural) : natural;
		if ((key.keyCode & SWT.KEYCODE_BIT) == 0) {
			key.character = (char) key.keyCode;
		}
		List<Event> events = new ArrayList<>();
		for (int modifier : MODIFIERS) {
			if ((stroke.getModifierKeys() & modifier) != 0) {
				events.add(modifierEvent(SWT.KeyDown, modifier));
			}
		}
		events.add(keyEvent(SWT.KeyDown, key));
		events.add(keyEvent(SWT.KeyUp, key));
		for (int i = MODIFIERS.length - 1; i >= 0; i--) {
			if ((stroke.getModifierKeys() & MODIFIERS[i]) != 0) {
				events.add(modifierEvent(SWT.KeyUp, MODIFIERS[i]));
			}
		}
		return events;
	}

	private static Event modifierEvent(int type, int modifier) {
		Event event = new Event();
		event.type = type;
		event.keyCode = modifier;
		return event;
	}

	private static Event keyEvent(int type, Event key) {
		Event event = new Event();
		event.type = type;
		event.keyCode = key.keyCode;
		event.character = key.character;
		return event;
	}

	/** Posts the events of one stroke with the focus on the target, then waits until they are handled. */
	private void post(String what, List<Event> events) {
		awaitFocus();
		Ui.run(() -> {
			target.getShell().moveAbove(null);
			for (Event event : events) {
				if (!target.getDisplay().post(event)) {
					throw new AssertionError("the key " + what + " for " + description + " could not be posted");
				}
			}
		});
		Ui.awaitQueuedEvents();
	}

	/** Waits until the target has the keyboard focus, asking for it (again) while it has not. */
	private void awaitFocus() {
		Ui.waitUntil("the keyboard focus on " + description, () -> {
			if (target.isDisposed()) {
				throw new AssertionError("the keyboard's target is gone: " + description);
			}
			if (hasFocus()) {
				return true;
			}
			Shell shell = target.getShell();
			if (target.getDisplay().getActiveShell() != shell) {
				shell.forceActive();
			}
			if (target != shell) {
				target.forceFocus();
			}
			return false;
		});
	}

	private boolean hasFocus() {
		Display display = target.getDisplay();
		Shell shell = target.getShell();
		if (display.getActiveShell() != shell) {
			return false;
		}
		Control focus = display.getFocusControl();
		return target == shell ? focus == null || focus.getShell() == shell : focus == target;
	}
}
