package cn.jixiao.shell;

/**
 * Something a command holds that must be given back whenever jixiao waits — after each command (and each line of
 * a script), before the console reads the next line or an answer, after TAB completion — such as the database
 * file lock. Beans implementing it are released by {@link Holds}.
 */
public interface HeldResource {
    void release();
}
