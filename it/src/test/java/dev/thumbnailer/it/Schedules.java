package dev.thumbnailer.it;

import java.util.ArrayList;
import java.util.List;

/**
 * Enumerates delivery schedules for a sequence of operations: every interleaving in which the
 * operations keep their order and each operation's event is delivered after it, then a late
 * duplicate of whichever event was delivered first (at-least-once delivery).
 */
final class Schedules {

    record Step<T>(T op, boolean delivery) {
        @Override
        public String toString() {
            return (delivery ? "event:" : "") + op;
        }
    }

    private Schedules() {
    }

    static <T> List<List<Step<T>>> all(List<T> ops) {
        List<List<Step<T>>> out = new ArrayList<>();
        extend(ops, 0, new boolean[ops.size()], new ArrayList<>(), out);
        for (List<Step<T>> schedule : out) {
            Step<T> firstDelivery = schedule.stream().filter(Step::delivery).findFirst().orElseThrow();
            schedule.add(firstDelivery);
        }
        return out;
    }

    private static <T> void extend(List<T> ops, int nextOp, boolean[] delivered, List<Step<T>> prefix, List<List<Step<T>>> out) {
        if (prefix.size() == ops.size() * 2) {
            out.add(new ArrayList<>(prefix));
            return;
        }
        if (nextOp < ops.size()) {
            prefix.add(new Step<>(ops.get(nextOp), false));
            extend(ops, nextOp + 1, delivered, prefix, out);
            prefix.removeLast();
        }
        for (int i = 0; i < nextOp; i++) {
            if (!delivered[i]) {
                delivered[i] = true;
                prefix.add(new Step<>(ops.get(i), true));
                extend(ops, nextOp, delivered, prefix, out);
                prefix.removeLast();
                delivered[i] = false;
            }
        }
    }
}
