package cn.jixiao;

import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;

import java.util.Comparator;

/** {@code JIXIAO_DEBUG=timing}: where a one-shot command's time goes after main() starts, on stderr. */
final class StartupTiming {
    private StartupTiming() {
    }

    static void print(long mainStarted, long commandStarted, long commandEnded, BufferingApplicationStartup startup) {
        long now = System.nanoTime();
        System.err.printf("jixiao timing: spring context %d ms, command %d ms, close %d ms%n",
                (commandStarted - mainStarted) / 1_000_000, (commandEnded - commandStarted) / 1_000_000,
                (now - commandEnded) / 1_000_000);
        startup.getBufferedTimeline().getEvents().stream()
                .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(25)
                .forEach(e -> System.err.printf("  %5d ms  %s %s%n", e.getDuration().toMillis(),
                        e.getStartupStep().getName(), tags(e)));
    }

    private static String tags(StartupTimeline.TimelineEvent e) {
        StringBuilder sb = new StringBuilder();
        e.getStartupStep().getTags().forEach(t -> sb.append(t.getKey()).append('=').append(t.getValue()).append(' '));
        return sb.toString();
    }
}
