package org.attest.ui.tests.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;

/**
 * A menu bar or a context menu, used item by item as a person does: open the menus along a path of labels
 * ({@code "Edit", "Undo"}), then choose the item. Labels match as read on screen (see {@link Labels}); a label
 * may also be the start of the item's, so "Undo" chooses "Undo Typing".
 * <p>
 * Unlike {@link Keyboard}, menus are driven by sending the events SWT would send ({@code SWT.Show} to a menu
 * about to open, {@code SWT.Arm} and {@code SWT.Selection} to the item, {@code SWT.Hide} as the menus close)
 * to the widgets' listeners: GTK menus run their own modal loop with a pointer and keyboard grab, which posted
 * mouse events cannot steer reliably under Xvfb. The listeners are where Eclipse fills its menus and runs
 * its commands, so the result is the same. {@link #popUp(Control)} opens a context menu for real, to test
 * the menu itself (closing it with Escape, say).
 */
public final class Menus {

	private final String name;
	private final Function<List<Menu>, Menu> opener;

	private Menus(String name, Function<List<Menu>, Menu> opener) {
		this.name = name;
		this.opener = opener;
	}

	/** The menu bar of a shell, such as the workbench window's. */
	public static Menus menuBar(Shell shell) {
		return new Menus("the menu bar", opened -> {
			Menu bar = shell.getMenuBar();
			if (bar == null) {
				throw new AssertionError("the shell \"" + shell.getText() + "\" has no menu bar");
			}
			return bar;
		});
	}

	/**
	 * The context menu of a control, as a right click opens it: the control hears of the request first
	 * ({@code SWT.MenuDetect}), then the menu fills itself ({@code SWT.Show}).
	 */
	public static Menus contextMenu(Control control) {
		return new Menus("the context menu of " + Ui.sync(control::toString), opened -> {
			Menu menu = detectMenu(control);
			show(menu, opened);
			return menu;
		});
	}

	/**
	 * Opens the control's context menu on screen, as a right click in the middle of the control does, and
	 * returns it once it shows.
	 */
	public static Menu popUp(Control control) {
		Menu menu = Ui.sync(() -> {
			Menu detected = detectMenu(control);
			detected.setVisible(true);
			return detected;
		});
		Ui.waitUntil("the context menu of " + Ui.sync(control::toString) + " on screen",
				() -> !menu.isDisposed() && menu.isVisible());
		return menu;
	}

	/**
	 * Chooses the item at the path. Returns once the UI thread has handled the choice; a dialog the item opens
	 * is then open (wait for it with {@link Widgets#waitForShell(String)}).
	 */
	public void select(String... path) {
		Ui.run(() -> {
			List<Menu> opened = new ArrayList<>();
			MenuItem item = open(path, opened);
			if (!item.isEnabled()) {
				close(opened);
				throw new AssertionError(describe(path) + " is disabled");
			}
			// later, so that a modal dialog the item opens does not block the test thread; menus close first,
			// as on screen
			item.getDisplay().asyncExec(() -> {
				close(opened);
				if ((item.getStyle() & SWT.CHECK) != 0) {
					item.setSelection(!item.getSelection());
				} else if ((item.getStyle() & SWT.RADIO) != 0) {
					item.setSelection(true);
				}
				item.notifyListeners(SWT.Selection, new Event());
			});
		});
		Ui.awaitQueuedEvents();
	}

	/** Whether the item at the path can be chosen now. */
	public boolean isEnabled(String... path) {
		return Ui.sync(() -> {
			List<Menu> opened = new ArrayList<>();
			try {
				return open(path, opened).isEnabled();
			} finally {
				close(opened);
			}
		});
	}

	/** The labels of the items in the menu at the path (the top level for no path), as read on screen. */
	public List<String> labels(String... path) {
		return Ui.sync(() -> {
			List<Menu> opened = new ArrayList<>();
			try {
				Menu menu = opener.apply(opened);
				for (String label : path) {
					menu = submenu(item(menu, label, path), opened);
				}
				return Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
						.map(item -> Labels.plain(item.getText())).toList();
			} finally {
				close(opened);
			}
		});
	}

	/** Opens the menus along the path and returns its last item, armed as under the pointer. */
	private MenuItem open(String[] path, List<Menu> opened) {
		if (path.length == 0) {
			throw new IllegalArgumentException("a menu path needs at least one label");
		}
		Menu menu = opener.apply(opened);
		for (int i = 0; i < path.length - 1; i++) {
			menu = submenu(item(menu, path[i], path), opened);
		}
		MenuItem item = item(menu, path[path.length - 1], path);
		item.notifyListeners(SWT.Arm, new Event());
		return item;
	}

	private static Menu submenu(MenuItem item, List<Menu> opened) {
		Menu submenu = item.getMenu();
		if (submenu == null) {
			throw new AssertionError("the item \"" + Labels.plain(item.getText()) + "\" opens no menu");
		}
		item.notifyListeners(SWT.Arm, new Event());
		show(submenu, opened);
		return submenu;
	}

	/** The item with the label, else the one item whose label starts with it. */
	private MenuItem item(Menu menu, String label, String[] path) {
		List<MenuItem> items = Arrays.stream(menu.getItems()).filter(item -> (item.getStyle() & SWT.SEPARATOR) == 0)
				.toList();
		List<MenuItem> exact = items.stream().filter(item -> Labels.plain(item.getText()).equals(label)).toList();
		if (!exact.isEmpty()) {
			return exact.get(0);
		}
		List<MenuItem> starting = items.stream().filter(item -> Labels.plain(item.getText()).startsWith(label))
				.toList();
		if (starting.size() == 1) {
			return starting.get(0);
		}
		List<String> labels = items.stream().map(item -> Labels.plain(item.getText())).toList();
		throw new AssertionError((starting.isEmpty() ? "no item \"" : "more than one item starting with \"") + label
				+ "\" on the way to " + describe(path) + "; the menu has " + labels);
	}

	private String describe(String[] path) {
		return String.join(" > ", path) + " in " + name;
	}

	private static Menu detectMenu(Control control) {
		Point middle = control.toDisplay(control.getSize().x / 2, control.getSize().y / 2);
		Event request = new Event();
		request.x = middle.x;
		request.y = middle.y;
		request.detail = SWT.MENU_MOUSE;
		control.notifyListeners(SWT.MenuDetect, request);
		Menu menu = control.getMenu();
		if (!request.doit || menu == null) {
			throw new AssertionError(control + " has no context menu");
		}
		menu.setLocation(request.x, request.y);
		return menu;
	}

	private static void show(Menu menu, List<Menu> opened) {
		menu.notifyListeners(SWT.Show, new Event());
		opened.add(menu);
	}

	/** Closes opened menus, innermost first. */
	private static void close(List<Menu> opened) {
		for (int i = opened.size() - 1; i >= 0; i--) {
			if (!opened.get(i).isDisposed()) {
				opened.get(i).notifyListeners(SWT.Hide, new Event());
			}
		}
		opened.clear();
	}
}
