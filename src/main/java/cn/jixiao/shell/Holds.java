package cn.jixiao.shell;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Releases every {@link HeldResource}: called by the runtime whenever jixiao goes back to waiting. */
@Component
public class Holds {
    private final ObjectProvider<HeldResource> resources;

    public Holds(ObjectProvider<HeldResource> resources) {
        this.resources = resources;
    }

    public void release() {
        resources.orderedStream().forEach(r -> {
            try {
                r.release();
            } catch (RuntimeException ignored) {
                // giving back is best effort: the next use reopens what it needs
            }
        });
    }
}
