package org.attest.ui.internal.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The one command history of a corpus, shared by every editor and view of it: undo and redo run in the order
 * the commands ran, whichever document they changed, so that undoing never removes a registry source that a
 * later change in another document still uses.
 * <p>
 * It also knows, per file (resource), whether that file has unsaved changes: each command that changes a
 * resource gives it a new state, undo and redo put back the state before or after, and a resource is dirty
 * while its state is not the one it was saved in. So an editor is clean again once its own changes are
 * undone, whatever happened in other documents meanwhile. Resources changed by one command are linked until
 * saved: their files are written together, so the files on disk never disagree (a layer naming a source that
 * the saved corpus file no longer has).
 */
final class CorpusCommandStack extends BasicCommandStack {

	/** The state of every resource no command has changed yet: as loaded from, or last written to, its file. */
	private static final Object AS_LOADED = new Object();

	/** The states a command gave the resources it changed: before it ran and after. */
	private record Change(Object before, Object after) {
	}

	private final ResourceSet resourceSet;
	private final Map<Command, Map<Resource, Change>> changes = new IdentityHashMap<>();
	private final Map<Resource, Object> states = new HashMap<>();
	private final Map<Resource, Object> savedStates = new HashMap<>();
	/** Per resource, the resources changed by the same commands since it was last saved. */
	private final Map<Resource, Set<Resource>> linked = new HashMap<>();
	/** What to note about the command running now, before the listeners hear of it. */
	private Runnable pending;

	CorpusCommandStack(ResourceSet resourceSet) {
		this.resourceSet = resourceSet;
	}

	@Override
	public void execute(Command command) {
		Set<Command> discarded = Collections.newSetFromMap(new IdentityHashMap<>());
		discarded.addAll(commandList.subList(top + 1, commandList.size()));
		// which resources the command changes: those whose modification flag it sets
		Map<Resource, Boolean> wasModified = new LinkedHashMap<>();
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			wasModified.put(resource, resource.isModified());
			resource.setModified(false);
		}
		pending = () -> {
			changes.keySet().removeAll(discarded);
			Set<Resource> changed = new LinkedHashSet<>();
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				if (resource.isModified()) {
					changed.add(resource);
				}
				resource.setModified(resource.isModified() || wasModified.getOrDefault(resource, false));
			}
			if (top >= 0 && commandList.get(top) == command && !changed.isEmpty()) {
				Map<Resource, Change> change = new LinkedHashMap<>();
				changed.forEach(resource -> change.put(resource, new Change(state(resource), new Object())));
				changes.put(command, change);
				apply(change, Change::after);
			}
		};
		super.execute(command);
		notePending();
	}

	@Override
	public void undo() {
		if (canUndo()) {
			Map<Resource, Change> change = changes.getOrDefault(commandList.get(top), Map.of());
			pending = () -> apply(change, Change::before);
		}
		super.undo();
		notePending();
	}

	@Override
	public void redo() {
		if (canRedo()) {
			Map<Resource, Change> change = changes.getOrDefault(commandList.get(top + 1), Map.of());
			pending = () -> apply(change, Change::after);
		}
		super.redo();
		notePending();
	}

	@Override
	public void flush() {
		super.flush();
		changes.clear();
	}

	@Override
	protected void notifyListeners() {
		notePending();
		super.notifyListeners();
	}

	private void notePending() {
		if (pending != null) {
			Runnable noting = pending;
			pending = null;
			noting.run();
		}
	}

	private void apply(Map<Resource, Change> change, Function<Change, Object> state) {
		change.forEach((resource, states) -> this.states.put(resource, state.apply(states)));
		for (Resource resource : change.keySet()) {
			linked.computeIfAbsent(resource, r -> new HashSet<>()).addAll(change.keySet());
		}
	}

	private Object state(Resource resource) {
		return states.getOrDefault(resource, AS_LOADED);
	}

	/** Whether any resource has changes its file does not have. */
	@Override
	public boolean isSaveNeeded() {
		return states.keySet().stream().anyMatch(this::isDirty);
	}

	/** Whether the resource has changes its file does not have. */
	boolean isDirty(Resource resource) {
		return state(resource) != savedStates.getOrDefault(resource, AS_LOADED);
	}

	/** The dirty resources that must be written with {@code resources}, and {@code resources} themselves. */
	Set<Resource> withLinked(Collection<Resource> resources) {
		Set<Resource> result = new LinkedHashSet<>(resources);
		Deque<Resource> toVisit = new ArrayDeque<>(resources);
		while (!toVisit.isEmpty()) {
			for (Resource other : linked.getOrDefault(toVisit.pop(), Set.of())) {
				if (isDirty(other) && result.add(other)) {
					toVisit.push(other);
				}
			}
		}
		return result;
	}

	/** Notes that the resources were written as they are now, and tells the listeners. */
	void saved(Collection<Resource> resources) {
		for (Resource resource : resources) {
			savedStates.put(resource, state(resource));
			linked.remove(resource);
		}
		super.notifyListeners();
	}

	/**
	 * Notes that the resources were restored from a recovery snapshot: unsaved, to be saved together (the
	 * restored layers may name sources of the restored corpus file), though no command changed them, so undo
	 * does not go back past them.
	 */
	void restored(Collection<Resource> resources) {
		Map<Resource, Change> change = new LinkedHashMap<>();
		resources.forEach(resource -> change.put(resource, new Change(state(resource), new Object())));
		apply(change, Change::after);
		super.notifyListeners();
	}

	/**
	 * Ends the history of resources that are being unloaded: the commands that changed them, and every command
	 * before the last of them, can no longer be undone; redoing stops before the first of them. What remains
	 * can be undone and redone in order without touching the unloaded resources.
	 */
	void forget(Collection<Resource> resources) {
		int lastUndoable = -1;
		for (int i = 0; i <= top; i++) {
			if (changes(commandList.get(i), resources)) {
				lastUndoable = i;
			}
		}
		int firstRedoable = commandList.size();
		for (int i = top + 1; i < commandList.size(); i++) {
			if (changes(commandList.get(i), resources)) {
				firstRedoable = i;
				break;
			}
		}
		List<Command> dropped = new ArrayList<>(commandList.subList(firstRedoable, commandList.size()));
		dropped.addAll(commandList.subList(0, lastUndoable + 1));
		commandList.subList(firstRedoable, commandList.size()).clear();
		commandList.subList(0, lastUndoable + 1).clear();
		top -= lastUndoable + 1;
		for (Command command : dropped) {
			changes.remove(command);
			command.dispose();
			if (command == mostRecentCommand) {
				mostRecentCommand = null;
			}
		}
		for (Resource resource : resources) {
			states.remove(resource);
			savedStates.remove(resource);
			linked.remove(resource);
		}
		linked.values().forEach(others -> others.removeAll(resources));
		super.notifyListeners();
	}

	private boolean changes(Command command, Collection<Resource> resources) {
		Map<Resource, Change> change = changes.getOrDefault(command, Map.of());
		return resources.stream().anyMatch(change::containsKey);
	}
}
