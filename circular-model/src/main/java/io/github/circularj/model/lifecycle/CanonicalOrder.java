package io.github.circularj.model.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Nullable;

/**
 * The one order in which the events of one item are replayed, whatever order they were submitted in.
 *
 * <p>Events are ordered by instant. Events at the same instant are ordered as the transition table accepts
 * them: when the whole history can be accepted, the order chosen is the first, trying each instant's events
 * in the lifecycle's order of {@link EventType}s (the order the enum declares; events of one type in
 * submission order), that lets every event of the history be accepted — so a choice at one instant never
 * makes a later event illegal. When no order accepts the whole history, each instant's events are taken one
 * at a time: the first the table accepts in that type order, else the first in that order (which is then
 * refused). Event ids and text never decide.
 *
 * <p>So a "collected, then inspected" recorded in the same second replays as collected, then inspected,
 * even if the inspection was submitted first; and the same events submitted in any order replay the same
 * way (only events of one type at one instant keep their submission order).
 *
 * <p>Linear in the number of events times the number of stages; a search bounded by 2^n states only within
 * a group of n events at one instant ({@value #SEARCHED} at most; larger groups are taken one at a time).
 */
final class CanonicalOrder {

    /** The largest group of events at one instant searched for an order the table accepts in full. */
    static final int SEARCHED = 12;

    private static final Stage[] STAGES = Stage.values();

    private CanonicalOrder() {
    }

    /**
     * Returns the events in canonical order, the list given unchanged.
     *
     * @param events the events of one item, in submission order
     * @return a new list in canonical order
     */
    static List<LifecycleEvent> of(List<? extends LifecycleEvent> events) {
        List<LifecycleEvent> byInstant = new ArrayList<>(events);
        byInstant.sort(Comparator.comparing(LifecycleEvent::at)); // stable: submission order within an instant
        List<List<LifecycleEvent>> groups = new ArrayList<>();
        Set<EventId> ids = new HashSet<>();
        boolean distinctIds = true;
        for (int i = 0; i < byInstant.size(); ) {
            int end = i + 1;
            while (end < byInstant.size() && byInstant.get(end).at().equals(byInstant.get(i).at())) {
                end++;
            }
            List<LifecycleEvent> group = new ArrayList<>(byInstant.subList(i, end));
            group.sort(Comparator.comparing(e -> e.type().ordinal())); // stable: submission order within a type
            for (LifecycleEvent e : group) {
                distinctIds &= ids.add(e.id());
            }
            groups.add(group);
            i = end;
        }
        List<LifecycleEvent> out = new ArrayList<>(byInstant.size());
        if (distinctIds) {
            List<EnumSet<Stage>> completable = completable(groups);
            if (completable.get(0).contains(Stage.UNRECORDED)) {
                Stage stage = Stage.UNRECORDED;
                for (int g = 0; g < groups.size(); g++) {
                    List<LifecycleEvent> path = new ArrayList<>();
                    stage = first(groups.get(g), stage, completable.get(g + 1), path);
                    out.addAll(path);
                }
                return out;
            }
        }
        Stage stage = Stage.UNRECORDED;
        Set<EventId> seen = new HashSet<>();
        for (List<LifecycleEvent> group : groups) {
            stage = greedy(group, stage, seen, out);
        }
        return out;
    }

    /**
     * For each group g, the stages from which groups g, g + 1, … can all be accepted in full (the last entry,
     * after every group, holds every stage).
     */
    private static List<EnumSet<Stage>> completable(List<List<LifecycleEvent>> groups) {
        List<EnumSet<Stage>> can = new ArrayList<>();
        for (int g = 0; g <= groups.size(); g++) {
            can.add(EnumSet.noneOf(Stage.class));
        }
        can.get(groups.size()).addAll(EnumSet.allOf(Stage.class));
        for (int g = groups.size() - 1; g >= 0; g--) {
            List<LifecycleEvent> group = groups.get(g);
            for (Stage from : STAGES) {
                if (!ends(group, from, can.get(g + 1)).isEmpty()) {
                    can.get(g).add(from);
                }
            }
        }
        return can;
    }

    /** The stages within {@code targets} that some order accepting every event of the group from {@code from} ends in. */
    private static EnumSet<Stage> ends(List<LifecycleEvent> group, Stage from, EnumSet<Stage> targets) {
        EnumSet<Stage> found = EnumSet.noneOf(Stage.class);
        if (group.size() == 1) {
            from.next(group.get(0).type()).filter(targets::contains).ifPresent(found::add);
        } else if (group.size() <= SEARCHED) {
            explore(group, 0, from, targets, found, new HashSet<>());
        } else {
            List<LifecycleEvent> taken = new ArrayList<>();
            Stage end = greedy(group, from, new HashSet<>(), taken);
            if (acceptedAll(taken, from) && targets.contains(end)) {
                found.add(end);
            }
        }
        return found;
    }

    private static void explore(List<LifecycleEvent> group, int used, Stage stage, EnumSet<Stage> targets,
            EnumSet<Stage> found, Set<Long> visited) {
        if (!visited.add((long) used << 8 | stage.ordinal())) {
            return;
        }
        if (used == (1 << group.size()) - 1) {
            if (targets.contains(stage)) {
                found.add(stage);
            }
            return;
        }
        for (int k = 0; k < group.size(); k++) {
            Optional<Stage> next = stage.next(group.get(k).type());
            if ((used & 1 << k) == 0 && next.isPresent()) {
                explore(group, used | 1 << k, next.get(), targets, found, visited);
            }
        }
    }

    /** Appends to {@code path} the first order, in type order, that accepts the whole group and ends in a target stage; returns that stage. */
    private static Stage first(List<LifecycleEvent> group, Stage from, EnumSet<Stage> targets, List<LifecycleEvent> path) {
        if (group.size() > SEARCHED) {
            return greedy(group, from, new HashSet<>(), path);
        }
        Stage end = search(group, 0, from, targets, path, new HashSet<>());
        if (end == null) {
            throw new IllegalStateException("no accepting order of " + group + " from " + from); // completable() said there was
        }
        return end;
    }

    @Nullable
    private static Stage search(List<LifecycleEvent> group, int used, Stage stage, EnumSet<Stage> targets,
            List<LifecycleEvent> path, Set<Long> dead) {
        if (used == (1 << group.size()) - 1) {
            return targets.contains(stage) ? stage : null;
        }
        long state = (long) used << 8 | stage.ordinal();
        if (dead.contains(state)) {
            return null;
        }
        for (int k = 0; k < group.size(); k++) {
            Optional<Stage> next = stage.next(group.get(k).type());
            if ((used & 1 << k) != 0 || next.isEmpty()) {
                continue;
            }
            path.add(group.get(k));
            Stage end = search(group, used | 1 << k, next.get(), targets, path, dead);
            if (end != null) {
                return end;
            }
            path.remove(path.size() - 1);
        }
        dead.add(state);
        return null;
    }

    /** Whether the table accepts every event in the order given. */
    private static boolean acceptedAll(List<LifecycleEvent> ordered, Stage from) {
        Stage stage = from;
        for (LifecycleEvent e : ordered) {
            Optional<Stage> next = stage.next(e.type());
            if (next.isEmpty()) {
                return false;
            }
            stage = next.get();
        }
        return true;
    }

    /**
     * Event by event: the first the table accepts in the group's type order, else the first in that order;
     * appends them to {@code out} and returns the stage reached by the accepted ones.
     */
    private static Stage greedy(List<LifecycleEvent> sortedGroup, Stage from, Set<EventId> seen, List<LifecycleEvent> out) {
        List<LifecycleEvent> group = new ArrayList<>(sortedGroup);
        Stage stage = from;
        while (!group.isEmpty()) {
            int pick = 0;
            for (int k = 0; k < group.size(); k++) {
                if (stage.next(group.get(k).type()).isPresent() && !seen.contains(group.get(k).id())) {
                    pick = k;
                    break;
                }
            }
            LifecycleEvent chosen = group.remove(pick);
            Optional<Stage> next = stage.next(chosen.type());
            if (next.isPresent() && seen.add(chosen.id())) {
                stage = next.get();
            }
            out.add(chosen);
        }
        return stage;
    }
}
